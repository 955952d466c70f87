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
 * Writes a batch of articles through the alias (or into a given index): skips those whose content hash is already
 * indexed, sends the rest in one bulk request, retries with backoff what Elasticsearch rejects for load (429) or
 * server errors (5xx), and says per file whether it was indexed, updated, unchanged or failed.
 */
public class BulkIndexer {

    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);
    private static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

    private final ElasticsearchClient client;

    public BulkIndexer(ElasticsearchClient client) {
        this.client = client;
    }

    /** Writes the batch through the articles alias. */
    public List<FileResult> index(List<ExtractedArticle> batch) {
        return index(batch, Indices.ARTICLES);
    }

    /** Writes the batch into {@code index}, an alias or a concrete index, skipping what it already holds unchanged. */
    public List<FileResult> index(List<ExtractedArticle> batch, String index) {
        List<FileResult> results = new ArrayList<>();
        Map<String, String> indexedHashes;
        try {
            indexedHashes = indexedHashes(batch, index);
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
        List<Written> written = write(index, operations(pending));
        for (int i = 0; i < pending.size(); i++) {
            ExtractedArticle article = pending.get(i);
            Written outcome = written.get(i);
            results.add(outcome.failed() ? FileResult.failed(article, outcome.failure())
                    : new FileResult(article.file().source(), article.id(), outcome.created() ? FileResult.Status.INDEXED : FileResult.Status.UPDATED, null));
        }
        return results;
    }

    /**
     * Sends the operations into {@code index} in one bulk request, retries with backoff what Elasticsearch rejects
     * for load (429) or server errors (5xx), and says for each operation, in order, whether it was written.
     */
    public List<Written> write(String index, List<BulkOperation> operations) {
        Written[] outcomes = new Written[operations.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            pending.add(i);
        }
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<Integer> retry = new ArrayList<>();
            List<BulkOperation> sent = pending.stream().map(operations::get).toList();
            try {
                BulkResponse response = client.bulk(b -> b.index(index).operations(sent));
                for (int i = 0; i < pending.size(); i++) {
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null) {
                        outcomes[pending.get(i)] = new Written(item.status(), null);
                    } else if (retryable(item.status()) && attempt < MAX_ATTEMPTS) {
                        retry.add(pending.get(i));
                    } else {
                        outcomes[pending.get(i)] = new Written(item.status(),
                                "Elasticsearch rejected it: " + item.error().type() + ": " + item.error().reason());
                    }
                }
            } catch (IOException | ElasticsearchException e) {
                if (attempt >= MAX_ATTEMPTS || (e instanceof ElasticsearchException ee && !retryable(ee.status()))) {
                    pending.forEach(i -> outcomes[i] = new Written(0, "Elasticsearch did not take it: " + e.getMessage()));
                    return List.of(outcomes);
                }
                retry.addAll(pending);
            }
            pending = retry;
            if (!pending.isEmpty()) {
                log.info("Elasticsearch is busy; retrying {} documents in {} ms", pending.size(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
        return List.of(outcomes);
    }

    private Map<String, String> indexedHashes(List<ExtractedArticle> batch, String index) throws IOException {
        List<String> ids = batch.stream().map(ExtractedArticle::id).distinct().toList();
        MgetResponse<HashOnly> response = client.mget(m -> m.index(index).ids(ids)
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

    /** What became of one operation: its HTTP status, and why it failed if it did. */
    public record Written(int status, String failure) {

        public boolean failed() {
            return failure != null;
        }

        public boolean created() {
            return status == 201;
        }
    }

    /** The one field read back to decide whether a file changed. */
    record HashOnly(String content_hash) {
    }
}
