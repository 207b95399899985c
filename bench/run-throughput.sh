#!/usr/bin/env bash
# The throughput harness of docs/throughput.md (issue 3, point 8): builds the service jar and
# the harness, starts a fresh standalone KRaft broker (bench/kafka-broker.sh), measures on it
# in sequence the bare exactly-once pass-through, the service, and the normalizer alone, prints
# the table, and stops the broker.
#
#   bench/run-throughput.sh                       # all three, 20,000 events each, ~8 min on 2 cores
#   bench/run-throughput.sh --measure pipeline --events 5000 --warmup-seconds 30
#   bench/run-throughput.sh --streams-property producer.batch.size=1048576   # to both streams apps
#   bench/run-throughput.sh --jfr pipeline        # also records target/throughput/pipeline.jfr
#   SKIP_BUILD=1 bench/run-throughput.sh ...      # reuse the last build
#
# Harness options (defaults in ThroughputHarness's Options): --events --warmup-events
# --warmup-seconds --latency-seconds --latency-load --max-in-flight --partitions --heap
# --threads --measure --streams-property k=v --service-property k=v --jfr NAME.
# Needs ../shared/corpus/scrapinghub-dev next to the project and a JDK 17. Output, logs,
# GC logs and results.json go to target/throughput/.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/throughput
BROKER_DIR=$OUT/kafka
CORPUS=${CORPUS:-../shared/corpus/scrapinghub-dev}

HARNESS=target/throughput-harness.jar
if [[ -z "${SKIP_BUILD:-}" ]]; then
	./mvnw -q -B -Pbenchmarks package -DskipTests
	./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/throughput.classpath -Dmdep.includeScope=runtime
	# A snapshot of the classes, so that a rebuild during the run cannot pull them away.
	# (the harness and the corpus loader it shares with the JMH suite)
	jar cf "$HARNESS" -C target/classes . -C target/jmh-classes com/example/articles/bench/throughput \
		-C target/jmh-classes com/example/articles/bench/CorpusPage.class
fi
CP="$HARNESS:$(cat target/throughput.classpath)"

# A fresh one-node cluster per run: no topics or state left from an earlier run.
bench/kafka-broker.sh stop "$BROKER_DIR" > /dev/null 2>&1 || true
rm -rf "$OUT"
mkdir -p "$OUT"
bench/kafka-broker.sh start "$BROKER_DIR"
trap 'bench/kafka-broker.sh stop "$BROKER_DIR"' EXIT

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
START=$(date -u '+%Y-%m-%d %H:%M UTC')
java -Xmx1g -Dbench.log.level=WARN -Dlogback.configurationFile=bench/throughput-logback.xml -cp "$CP" \
	com.example.articles.bench.throughput.ThroughputHarness \
	--broker-pid "$(cat "$BROKER_DIR/broker.pid")" --classpath "$CP" --corpus "$CORPUS" "$@"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -2 | tail -1)"
echo "Run: $START to $(date -u '+%H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (uncommitted changes)'), args: $*"
echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER (above $(nproc), other processes shared the cores)"
