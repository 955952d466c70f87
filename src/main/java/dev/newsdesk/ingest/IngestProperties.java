package dev.newsdesk.ingest;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the indexer reads and writes.
 *
 * @param seedDir          articles ingested on the first start with an empty index
 * @param seedOnEmpty      whether to ingest {@code seedDir} when the index is empty
 * @param workerThreads    threads that read, clean and enrich files (NER is the slowest stage: one per core)
 * @param bulkDocuments    most documents in one bulk request
 * @param bulkMegabytes    most megabytes in one bulk request (Elasticsearch refuses requests over 100 MB)
 * @param maxFileMegabytes larger files are reported as failed, not read
 * @param outletSignatures optional file of extra outlet signatures, same format as the built-in one
 * @param outagePatience   how long a batch waits, retrying, for an Elasticsearch that does not answer or refuses
 *                         for load before its files are reported as failed
 */
@Validated
@ConfigurationProperties("newsdesk.ingest")
public record IngestProperties(
        @DefaultValue("seeds") Path seedDir,
        @DefaultValue("true") boolean seedOnEmpty,
        @DefaultValue("2") @Min(1) int workerThreads,
        @DefaultValue("500") @Min(1) int bulkDocuments,
        @DefaultValue("8") @Min(1) @Max(100) int bulkMegabytes,
        @DefaultValue("10") @Min(1) @Max(1024) int maxFileMegabytes,
        Path outletSignatures,
        @DefaultValue("10m") @NotNull @DurationMin(seconds = 1) Duration outagePatience) {

    public long maxFileBytes() {
        return maxFileMegabytes * 1024L * 1024L;
    }

    public long bulkBytes() {
        return bulkMegabytes * 1024L * 1024L;
    }
}
