#!/usr/bin/env bash
# A standalone one-node Kafka broker (KRaft, broker and controller in one JVM) on 127.0.0.1,
# for the throughput harness. No Docker, no Kafka download: the broker's jars come from
# Maven Central through bench/broker-pom.xml into target/kafka-broker/lib.
#
#   bench/kafka-broker.sh start DIR   # config, data and logs in DIR; returns once it accepts clients
#   bench/kafka-broker.sh stop DIR
#   bench/kafka-broker.sh tool DIR org.apache.kafka.tools.TopicCommand --bootstrap-server ... --list
#
# Environment: KAFKA_PORT (default 19092; the controller listens on KAFKA_PORT+1),
# KAFKA_HEAP (default 1g). The bootstrap server is 127.0.0.1:$KAFKA_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."

CMD=${1:-}
DIR=${2:-}
if [[ -z "$CMD" || -z "$DIR" ]]; then
	echo "usage: $0 start|stop|tool DIR [tool class and args]" >&2
	exit 2
fi
PORT=${KAFKA_PORT:-19092}
CONTROLLER_PORT=$((PORT + 1))
HEAP=${KAFKA_HEAP:-1g}
LIB=target/kafka-broker/lib
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)

resolve() {
	if [[ ! -f "$LIB/kafka_2.13-$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' bench/broker-pom.xml).jar" ]]; then
		./mvnw -q -B -f bench/broker-pom.xml dependency:copy-dependencies
	fi
}

java_with_lib() {
	java -cp "$LIB/*" "$@"
}

case "$CMD" in
start)
	if [[ -f "$DIR/broker.pid" ]] && kill -0 "$(cat "$DIR/broker.pid")" 2>/dev/null; then
		echo "broker already running (pid $(cat "$DIR/broker.pid")) on 127.0.0.1:$PORT"
		exit 0
	fi
	resolve
	cat > "$DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DIR/data
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# records of up to 10 MB (the service's payload limit) plus headers and batch overhead
message.max.bytes=11534336
replica.fetch.max.bytes=11534336
socket.request.max.bytes=115343360
auto.create.topics.enable=false
PROPS
	if [[ ! -f "$DIR/data/meta.properties" ]]; then
		CLUSTER_ID=$(java_with_lib kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
		java_with_lib kafka.tools.StorageTool format --cluster-id "$CLUSTER_ID" \
			--config "$DIR/server.properties" > "$DIR/format.log" 2>&1 \
			|| { cat "$DIR/format.log" >&2; exit 1; }
	fi
	nohup java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC \
		-Dorg.slf4j.simpleLogger.defaultLogLevel=info -Dorg.slf4j.simpleLogger.showDateTime=true \
		-cp "$LIB/*" kafka.Kafka "$DIR/server.properties" > "$DIR/broker.log" 2>&1 &
	echo $! > "$DIR/broker.pid"
	for _ in $(seq 1 120); do
		if ! kill -0 "$(cat "$DIR/broker.pid")" 2>/dev/null; then
			tail -30 "$DIR/broker.log" >&2
			echo "broker exited during start-up; log: $DIR/broker.log" >&2
			exit 1
		fi
		if grep -q 'Kafka Server started' "$DIR/broker.log"; then
			echo "broker up (pid $(cat "$DIR/broker.pid")) on 127.0.0.1:$PORT; log: $DIR/broker.log"
			exit 0
		fi
		sleep 0.5
	done
	echo "broker not up after 60 s; log: $DIR/broker.log" >&2
	exit 1
	;;
stop)
	if [[ ! -f "$DIR/broker.pid" ]]; then
		echo "no broker.pid in $DIR"
		exit 0
	fi
	PID=$(cat "$DIR/broker.pid")
	if kill "$PID" 2>/dev/null; then
		for _ in $(seq 1 60); do
			kill -0 "$PID" 2>/dev/null || break
			sleep 0.5
		done
		if kill -0 "$PID" 2>/dev/null; then
			kill -9 "$PID"
		fi
	fi
	rm -f "$DIR/broker.pid"
	echo "broker stopped"
	;;
tool)
	shift 2
	resolve
	java_with_lib -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$@"
	;;
*)
	echo "usage: $0 start|stop|tool DIR [tool class and args]" >&2
	exit 2
	;;
esac
