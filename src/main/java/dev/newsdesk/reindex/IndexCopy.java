package dev.newsdesk.reindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.BinaryData;
import dev.newsdesk.ingest.BulkIndexer;

/**
 * Copies the documents of one index into another in a way every cluster allows (the embedded distribution has no
 * {@code reindex} module): a point in time over the source, pages in {@code _shard_doc} order with
 * {@code search_after}, each page sent to {@code _bulk} while the next one is read. Sources pass through as the
 * bytes Elasticsearch sent, never parsed into objects. The job keeps progress and cancel in its own hands: it looks
 * at both after every page.
 */
public class IndexCopy {

    private static final Logger log = LoggerFactory.getLogger(IndexCopy.class);
    static final int PAGE_DOCUMENTS = 1000;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("5m"));

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient reader;
    private final BulkIndexer bulk;

    public IndexCopy(ElasticsearchClient client, BulkIndexer bulk) {
        this.client = client;
        this.reader = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        this.bulk = bulk;
    }

    /**
     * Copies every document of {@code from} that matches {@code filter} (null: all of them) into {@code to} and
     * returns how many it copied. Stops with a {@link ReindexFailure} after a page in which {@code to} refused
     * documents (they are listed in the progress), and with a {@link CancellationException} when the job is cancelled.
     */
    long copy(String from, String to, Query filter, ReindexProgress progress) throws IOException {
        String pit = client.openPointInTime(p -> p.index(from).keepAlive(KEEP_ALIVE)).id();
        CompletableFuture<Page> next = read(pit, null, filter);
        long copied = 0;
        try {
            for (Page page = await(next); !page.hits().isEmpty(); page = await(next)) {
                pit = page.pit();
                if (page.total() > 0) {
                    progress.found(page.total());
                }
                next = read(pit, page.after(), filter);
                copied += write(page, to, progress);
                if (progress.cancelled()) {
                    throw new CancellationException("the reindex was cancelled");
                }
            }
        } finally {
            next.cancel(false);
            close(pit);
        }
        return copied;
    }

    private CompletableFuture<Page> read(String pit, List<FieldValue> after, Query filter) {
        SearchRequest request = SearchRequest.of(s -> {
            s.pit(p -> p.id(pit).keepAlive(KEEP_ALIVE)).size(PAGE_DOCUMENTS)
                    .sort(o -> o.field(f -> f.field("_shard_doc")))
                    .trackTotalHits(t -> t.enabled(after == null));
            if (filter != null) {
                s.query(filter);
            }
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        });
        try {
            return reader.search(request, BinaryData.class).thenApply(response -> {
                List<Hit<BinaryData>> hits = response.hits().hits();
                long total = response.hits().total() == null ? -1 : response.hits().total().value();
                List<FieldValue> last = hits.isEmpty() ? after : hits.get(hits.size() - 1).sort();
                return new Page(response.pitId() == null ? pit : response.pitId(), hits, last, total);
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private long write(Page page, String to, ReindexProgress progress) {
        List<BulkOperation> operations = new ArrayList<>(page.hits().size());
        for (Hit<BinaryData> hit : page.hits()) {
            operations.add(BulkOperation.of(b -> b.index(i -> i.id(hit.id()).document(hit.source()))));
        }
        List<BulkIndexer.Written> written = bulk.write(to, operations);
        int refused = 0;
        String firstReason = null;
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).failed()) {
                refused++;
                firstReason = firstReason == null ? written.get(i).failure() : firstReason;
                progress.failure(page.hits().get(i).id(), written.get(i).failure());
            }
        }
        progress.done(written.size());
        progress.failed(refused);
        if (refused > 0) {
            throw new ReindexFailure("%d of %d documents in a page could not be written into %s (%s)"
                    .formatted(refused, written.size(), to, firstReason));
        }
        return written.size();
    }

    private static Page await(CompletableFuture<Page> page) throws IOException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the reindex was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }

    private void close(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException | ElasticsearchException e) {
            log.debug("Could not close the point in time; it expires by itself: {}", e.getMessage());
        }
    }

    /** One page of hits, the point in time to read the next with, and where the next starts. */
    private record Page(String pit, List<Hit<BinaryData>> hits, List<FieldValue> after, long total) {
    }
}
