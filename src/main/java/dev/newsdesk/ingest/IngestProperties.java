package dev.newsdesk.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the indexer reads and writes. Defaults live in application.yml.
 *
 * @param seedDir          articles ingested on the first start with an empty index
 * @param seedOnEmpty      whether to ingest {@code seedDir} when the index is empty
 * @param workerThreads    threads that read, clean and enrich files (NER is the slowest stage: one per core)
 * @param bulkDocuments    most documents in one bulk request
 * @param bulkMegabytes    most megabytes in one bulk request
 * @param maxFileMegabytes larger files are reported as failed, not read
 * @param outletSignatures optional file of extra outlet signatures, same format as the built-in one
 */
@ConfigurationProperties("newsdesk.ingest")
public record IngestProperties(
        Path seedDir,
        boolean seedOnEmpty,
        int workerThreads,
        int bulkDocuments,
        int bulkMegabytes,
        int maxFileMegabytes,
        Path outletSignatures) {

    public long maxFileBytes() {
        return maxFileMegabytes * 1024L * 1024L;
    }

    public long bulkBytes() {
        return bulkMegabytes * 1024L * 1024L;
    }
}
