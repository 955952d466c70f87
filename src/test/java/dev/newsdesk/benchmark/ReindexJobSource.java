package dev.newsdesk.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.reindex.IndexCopy;
import dev.newsdesk.reindex.ReindexJob;
import dev.newsdesk.reindex.ReindexProgress;
import dev.newsdesk.reindex.Reindexer;
import dev.newsdesk.elasticsearch.ElasticsearchClients;
import dev.newsdesk.elasticsearch.IndexVersions;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.ingest.ArticleExtractor;
import dev.newsdesk.ingest.BulkIndexer;
import dev.newsdesk.ingest.IngestProperties;
import dev.newsdesk.ingest.IngestedPaths;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.BoundSettings;

/**
 * The admin's reindex job ({@link Reindexer}, the work {@code POST /admin/reindex} runs in the portal), run in this
 * JVM against the benchmark's node: next version, copy or re-read, catch-up, alias swap, pruning.
 */
final class ReindexJobSource implements ReindexSource {

    /** A re-read runs at the indexer's NER-bound speed: above this size it would take the better part of an hour. */
    private static final int MOST_FILES = 10_000;

    private final ReindexJob.Origin source;
    private final String name;

    private ReindexJobSource(ReindexJob.Origin source, String name) {
        this.source = source;
        this.name = name;
    }

    static ReindexJobSource fromIndex() {
        return new ReindexJobSource(ReindexJob.Origin.INDEX, "reindex job, from the index");
    }

    static ReindexJobSource fromFiles() {
        return new ReindexJobSource(ReindexJob.Origin.FILES, "reindex job, from the files");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> skippedAt(int articles) {
        return source == ReindexJob.Origin.FILES && articles > MOST_FILES
                ? Optional.of("skipped above " + Numbers.size(MOST_FILES) + ": it runs at the end-to-end ingest rate")
                : Optional.empty();
    }

    @Override
    public long reindex(NodeAccess elasticsearch, String alias, Path corpus, BooleanSupplier stop) throws Exception {
        try (ElasticsearchClient client = ElasticsearchClients.forNode(elasticsearch)) {
            IngestProperties properties = BoundSettings.bind("newsdesk.ingest", IngestProperties.class,
                    Map.of("worker-threads", Runtime.getRuntime().availableProcessors(), "seed-on-empty", false));
            BulkIndexer bulk = new BulkIndexer(client, properties.outagePatience());
            Ingester ingester = source == ReindexJob.Origin.FILES ? ingester(client, bulk, properties) : null;
            Reindexer reindexer = new Reindexer(alias, new IndexVersions(client), new IndexCopy(client, bulk), ingester, 1, Clock.systemUTC());
            Reindexer.Plan plan = reindexer.plan(source, List.of(corpus));
            try {
                return reindexer.run(plan, new Stoppable(stop));
            } catch (Exception e) {
                Thread.interrupted();
                reindexer.abandon(plan);
                throw e;
            }
        }
    }

    /** The indexer as the portal wires it, with a worker per core. */
    private static Ingester ingester(ElasticsearchClient client, BulkIndexer bulk, IngestProperties properties) {
        return new Ingester(ArticleExtractor.standard(properties), bulk, client, properties,
                new IngestedPaths(client, Clock.systemUTC()));
    }

    /** Counts nothing; stops when asked. */
    private record Stoppable(BooleanSupplier stop) implements ReindexProgress {

        @Override
        public void found(long count) {
        }

        @Override
        public void done(long count) {
        }

        @Override
        public void failed(long count) {
        }

        @Override
        public void failure(String item, String reason) {
        }

        @Override
        public boolean cancelled() {
            return stop.getAsBoolean();
        }

        @Override
        public boolean commit() {
            return !stop.getAsBoolean();
        }
    }
}
