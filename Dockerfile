# The service image: docker build -t article-ingestion .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -q -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --home-dir /app app \
	&& mkdir -p /var/lib/article-ingestion \
	&& chown app /var/lib/article-ingestion
COPY --from=build /src/target/article-ingestion.jar /app/article-ingestion.jar
USER 1001
# RocksDB state of the dedupe: keep it on a volume so that a restart does not restore it
# from the changelogs
ENV SPRING_KAFKA_STREAMS_STATE_DIR=/var/lib/article-ingestion/streams
VOLUME /var/lib/article-ingestion
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-jar", "/app/article-ingestion.jar"]
