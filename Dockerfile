# One Dockerfile, three stages: docker-compose.yml builds the "elasticsearch" and "app" targets.
ARG ELASTICSEARCH_VERSION=8.19.21

# Build the portal jar and the analysis plugin zip with Maven (dependencies from Maven Central).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY index-templates index-templates
RUN mvn -B -q -DskipTests package

# The official Elasticsearch image with the project's analysis plugin installed.
FROM docker.elastic.co/elasticsearch/elasticsearch:${ELASTICSEARCH_VERSION} AS elasticsearch
COPY --from=build /src/target/newsdesk-analysis.zip /tmp/newsdesk-analysis.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/newsdesk-analysis.zip

# The portal.
FROM eclipse-temurin:17-jre AS app
WORKDIR /app
COPY --from=build /src/target/newsdesk.jar newsdesk.jar
COPY seeds seeds
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "newsdesk.jar"]
