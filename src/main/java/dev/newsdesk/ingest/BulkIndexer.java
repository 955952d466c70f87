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
 * indexed, sends the rest in one bulk request, and says per file whether it was indexed, updated, unchanged or failed.
 * While Elasticsearch cannot take the batch (unreachable, overloaded with 429, or failing with 5xx) the writer pauses
 * and retries with growing backoff, for up to {@code patience}; since every article has a fixed id, a retried write
 * replaces rather than duplicates.
 */
public class BulkIndexer {

    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(15);

    private final ElasticsearchClient client;
    private final Duration patience;

    /** A writer that waits up to {@code patience} for Elasticsearch to take each batch before failing it. */
    public BulkIndexer(ElasticsearchClient client, Duration patience) {
        this.client = client;
        this.patience = patience;
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
            indexedHashes = indexedHashesPatiently(batch, index);
        } catch (IOException | ElasticsearchException e) {
            return failAll(batch, "Elasticsearch did not answer: " + e.getMessage());
        }
        List<ExtractedArticle> pending = new ArrayList<>();
        for (ExtractedArticle article : batch) {
            if (article.document().contentHash().equals(indexedHashes.get(article.id()))) {
                results.add(new FileResult(article.origin(), article.id(), FileResult.Status.UNCHANGED, null));
            } else {
                pending.add(article);
            }
        }
        List<Written> written = write(index, operations(pending));
        for (int i = 0; i < pending.size(); i++) {
            ExtractedArticle article = pending.get(i);
            Written outcome = written.get(i);
            results.add(outcome.failed() ? FileResult.failed(article, outcome.failure())
                    : new FileResult(article.origin(), article.id(), outcome.created() ? FileResult.Status.INDEXED : FileResult.Status.UPDATED, null));
        }
        return results;
    }

    /**
     * Sends the operations into {@code index} in one bulk request and says for each operation, in order, whether it
     * was written. What Elasticsearch cannot take now (429, 5xx, or no answer at all) is sent again after a pause
     * that doubles up to 15 s, until {@code patience} has passed; then it fails. An interrupt fails what is left at once.
     */
    public List<Written> write(String index, List<BulkOperation> operations) {
        Written[] outcomes = new Written[operations.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            pending.add(i);
        }
        Pause pause = new Pause();
        while (!pending.isEmpty()) {
            List<Integer> retry = new ArrayList<>();
            List<BulkOperation> sent = pending.stream().map(operations::get).toList();
            String problem;
            try {
                BulkResponse response = client.bulk(b -> b.index(index).operations(sent));
                for (int i = 0; i < pending.size(); i++) {
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null) {
                        outcomes[pending.get(i)] = new Written(item.status(), null);
                    } else if (retryable(item.status())) {
                        retry.add(pending.get(i));
                    } else {
                        outcomes[pending.get(i)] = new Written(item.status(),
                                "Elasticsearch rejected it: " + item.error().type() + ": " + item.error().reason());
                    }
                }
                problem = retry.isEmpty() ? null : "it rejected " + retry.size() + " documents for now (status "
                        + response.items().get(pending.indexOf(retry.get(0))).status() + ")";
            } catch (IOException | ElasticsearchException e) {
                if (e instanceof ElasticsearchException ee && !retryable(ee.status())) {
                    pending.forEach(i -> outcomes[i] = new Written(0, "Elasticsearch did not take it: " + e.getMessage()));
                    return List.of(outcomes);
                }
                retry.addAll(pending);
                problem = "it did not answer (" + e.getMessage() + ")";
            }
            pending = retry;
            if (!pending.isEmpty() && !pause.waitFor(problem, pending.size())) {
                String reason = "Elasticsearch did not take it: " + problem + (Thread.currentThread().isInterrupted()
                        ? "; the ingest was interrupted" : "; gave up after " + patience.toSeconds() + " s of retrying");
                pending.forEach(i -> outcomes[i] = new Written(0, reason));
                return List.of(outcomes);
            }
        }
        return List.of(outcomes);
    }

    /** Reads the indexed hashes of the batch, waiting as {@link #write} does while Elasticsearch cannot answer. */
    private Map<String, String> indexedHashesPatiently(List<ExtractedArticle> batch, String index) throws IOException {
        Pause pause = new Pause();
        while (true) {
            try {
                return indexedHashes(batch, index);
            } catch (IOException | ElasticsearchException e) {
                boolean retryable = !(e instanceof ElasticsearchException ee) || retryable(ee.status());
                if (!retryable || !pause.waitFor("it did not answer (" + e.getMessage() + ")", batch.size())) {
                    throw e;
                }
            }
        }
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

    /**
     * The waits of one batch while Elasticsearch cannot take it: each twice the last, up to 15 s, until the patience
     * is spent. The first wait of a batch is logged as a warning, so an outage shows once per batch, not per retry.
     */
    private final class Pause {

        private final long deadline = System.nanoTime() + patience.toNanos();
        private Duration next = FIRST_BACKOFF;
        private boolean warned;

        /** Waits before the next attempt; false if the patience is spent or the thread was interrupted. */
        boolean waitFor(String problem, int documents) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            Duration wait = next.toNanos() < left ? next : Duration.ofNanos(left);
            if (!warned) {
                log.warn("Elasticsearch cannot take {} documents: {}; ingest paused, retrying for up to {} s",
                        documents, problem, Duration.ofNanos(left).toSeconds());
                warned = true;
            } else {
                log.info("Still waiting for Elasticsearch ({}); next try in {} ms", problem, wait.toMillis());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            next = next.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : next.multipliedBy(2);
            return true;
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
