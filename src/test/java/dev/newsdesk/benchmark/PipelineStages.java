package dev.newsdesk.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.BoundSettings;
import dev.newsdesk.elasticsearch.ElasticsearchClients;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.ingest.ArticleExtractor;
import dev.newsdesk.ingest.ArticleFiles;
import dev.newsdesk.ingest.BulkIndexer;
import dev.newsdesk.ingest.ExtractedArticle;
import dev.newsdesk.ingest.IngestProgress;
import dev.newsdesk.ingest.IngestProperties;
import dev.newsdesk.ingest.IngestedPaths;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.ingest.ReadArticle;
import dev.newsdesk.ingest.ArticleFile;
import dev.newsdesk.ingest.UnreadableArticleException;
import dev.newsdesk.ingest.clean.CleanedArticle;

/**
 * The indexer's own stages over a corpus, each on all cores as the ingest runs them: read + clean, enrichment with
 * NER, bulk indexing of the enriched documents, and the whole {@link Ingester} end to end.
 */
final class PipelineStages implements IngestStages {

    private static final int WARM_UP_ROUNDS = 40;
    private static final int STAGED = 10_000;

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final IngestProperties properties = BoundSettings.bind("newsdesk.ingest", IngestProperties.class,
            Map.of("worker-threads", threads));
    private final ArticleExtractor extractor = ArticleExtractor.standard(properties);
    private final Map<ArticleFile, Cleaned> cleaned = new ConcurrentHashMap<>();
    private final Map<ArticleFile, ExtractedArticle> enriched = new ConcurrentHashMap<>();

    private record Cleaned(ReadArticle read, CleanedArticle article) {
    }

    /**
     * The NER model's first pass runs at a third of its speed (class loading, JIT): warm it up on the seed articles
     * before any clock starts, as a long-running portal would be.
     */
    PipelineStages() {
        List<ArticleFile> seeds = ArticleFiles.under(List.of(Path.of("seeds")));
        List<ArticleFile> rounds = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            rounds.addAll(seeds);
        }
        try {
            onAllCores(rounds, extractor::extract);
        } catch (Exception e) {
            throw new IllegalStateException("warming up the NER model failed", e);
        }
    }

    @Override
    public long run(Stage stage, Path corpus, NodeAccess elasticsearch, String alias) throws Exception {
        List<ArticleFile> files = ArticleFiles.under(List.of(corpus));
        // The three single stages keep their articles for the next one: at most STAGED of them, so a 100k run
        // measures them on a 10k sample and only end to end (whose memory stays bounded) on everything.
        List<ArticleFile> staged = files.subList(0, Math.min(files.size(), STAGED));
        return switch (stage) {
            case READ_AND_CLEAN -> onAllCores(staged, file -> {
                ReadArticle read = extractor.read(file);
                cleaned.put(file, new Cleaned(read, extractor.clean(read)));
            });
            case NER -> onAllCores(List.copyOf(cleaned.keySet()), file -> {
                Cleaned article = cleaned.get(file);
                enriched.put(file, extractor.enrich(article.read(), article.article()));
            });
            case BULK -> bulk(elasticsearch, alias);
            case END_TO_END -> {
                cleaned.clear();
                enriched.clear();
                yield endToEnd(corpus, elasticsearch, alias);
            }
        };
    }

    private long bulk(NodeAccess elasticsearch, String alias) throws Exception {
        try (ElasticsearchClient client = ElasticsearchClients.forNode(elasticsearch)) {
            BulkIndexer indexer = new BulkIndexer(client, properties.outagePatience());
            List<ExtractedArticle> all = new ArrayList<>(enriched.values());
            long written = 0;
            for (int from = 0; from < all.size(); from += properties.bulkDocuments()) {
                written += indexer.index(all.subList(from, Math.min(all.size(), from + properties.bulkDocuments())), alias).size();
            }
            return written;
        }
    }

    private long endToEnd(Path corpus, NodeAccess elasticsearch, String alias) throws Exception {
        try (ElasticsearchClient client = ElasticsearchClients.forNode(elasticsearch)) {
            Ingester ingester = new Ingester(extractor, new BulkIndexer(client, properties.outagePatience()), client, properties, new IngestedPaths(client, Clock.systemUTC()));
            return ingester.ingestInto(alias, List.of(corpus), IngestProgress.SILENT).files().size();
        }
    }

    private long onAllCores(List<ArticleFile> files, FileStage stage) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().filter(file -> {
                try {
                    stage.run(file);
                    return true;
                } catch (UnreadableArticleException e) {
                    return false;
                }
            }).count()).get();
        } finally {
            pool.shutdown();
        }
    }

    @FunctionalInterface
    private interface FileStage {
        void run(ArticleFile file);
    }
}
