package dev.newsdesk.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import dev.newsdesk.elasticsearch.Indices;

/**
 * Writes a batch of articles through the alias: skips those whose content hash is already indexed, sends the rest
 * in one bulk request, retries with backoff what Elasticsearch rejects for load (429) or server errors (5xx),
 * and says per file whether it was indexed, updated, unchanged or failed.
 */
public class BulkIndexer {

    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);
    private static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

    private final ElasticsearchClient client;

    public BulkIndexer(ElasticsearchClient client) {
        this.client = client;
    }

    public List<FileResult> index(List<ExtractedArticle> batch) {
        List<FileResult> results = new ArrayList<>();
        Map<String, String> indexedHashes;
        try {
            indexedHashes = indexedHashes(batch);
        } catch (IOException | ElasticsearchException e) {
            return failAll(batch, "Elasticsearch did not answer: " + e.getMessage());
        }
        List<ExtractedArticle> pending = new ArrayList<>();
        for (ExtractedArticle article : batch) {
            if (article.document().contentHash().equals(indexedHashes.get(article.id()))) {
                results.add(new FileResult(article.file().source(), article.id(), FileResult.Status.UNCHANGED, null));
            } else {
                pending.add(article);
            }
        }
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<ExtractedArticle> retry = new ArrayList<>();
            try {
                BulkResponse response = client.bulk(b -> b.index(Indices.ARTICLES).operations(operations(pending)));
                for (int i = 0; i < pending.size(); i++) {
                    ExtractedArticle article = pending.get(i);
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null) {
                        FileResult.Status status = item.status() == 201 ? FileResult.Status.INDEXED : FileResult.Status.UPDATED;
                        results.add(new FileResult(article.file().source(), article.id(), status, null));
                    } else if (retryable(item.status()) && attempt < MAX_ATTEMPTS) {
                        retry.add(article);
                    } else {
                        results.add(FileResult.failed(article,
                                "Elasticsearch rejected it: " + item.error().type() + ": " + item.error().reason()));
                    }
                }
            } catch (IOException | ElasticsearchException e) {
                if (attempt >= MAX_ATTEMPTS || (e instanceof ElasticsearchException ee && !retryable(ee.status()))) {
                    results.addAll(failAll(pending, "Elasticsearch did not take it: " + e.getMessage()));
                    return results;
                }
                retry.addAll(pending);
            }
            pending.clear();
            pending.addAll(retry);
            if (!pending.isEmpty()) {
                log.info("Elasticsearch is busy; retrying {} documents in {} ms", pending.size(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
        return results;
    }

    private Map<String, String> indexedHashes(List<ExtractedArticle> batch) throws IOException {
        List<String> ids = batch.stream().map(ExtractedArticle::id).distinct().toList();
        MgetResponse<HashOnly> response = client.mget(m -> m.index(Indices.ARTICLES).ids(ids)
                .sourceIncludes("content_hash"), HashOnly.class);
        Map<String, String> hashes = new HashMap<>();
        for (MultiGetResponseItem<HashOnly> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                hashes.put(item.result().id(), item.result().source().content_hash());
            }
        }
        return hashes;
    }

    private static List<BulkOperation> operations(List<ExtractedArticle> articles) {
        return articles.stream()
                .map(article -> BulkOperation.of(op -> op.index(i -> i.id(article.id()).document(article.document()))))
                .toList();
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    private static List<FileResult> failAll(List<ExtractedArticle> articles, String reason) {
        return articles.stream().map(article -> FileResult.failed(article, reason)).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The one field read back to decide whether a file changed. */
    record HashOnly(String content_hash) {
    }
}
