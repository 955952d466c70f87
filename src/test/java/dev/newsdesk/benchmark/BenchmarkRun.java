package dev.newsdesk.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.corpus.CorpusSummary;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.elasticsearch.TemplateInstaller;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.platform.AppProcess;

/**
 * One run of every benchmark against one Elasticsearch node: footprint, then for each corpus size the ingest
 * stages and their {@code _bulk} ceiling, search on every target at each concurrency, reindex, and a growth line.
 */
final class BenchmarkRun {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRun.class);
    private static final Duration PORTAL_STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final int WARM_UP_CLIENTS = 4;
    /** One client: the latency a person searching sees while a reindex runs, not a queue of searches. */
    static final int REINDEX_SEARCH_CLIENTS = 1;

    private final BenchmarkSettings settings;
    private final Supplier<NodeAccess> node;
    private final HttpClient http = Http.client();
    private final BenchmarkReport report;
    private NodeAccess elasticsearch;
    private ElasticsearchAdmin admin;
    private int portalRuns;

    /** {@code node} is asked for the benchmark's Elasticsearch after the footprint runs, so they do not share the machine. */
    BenchmarkRun(BenchmarkSettings settings, Supplier<NodeAccess> node) {
        this.settings = settings;
        this.node = node;
        this.report = new BenchmarkReport(Machine.current(settings.repository()), settings);
    }

    BenchmarkReport run() throws Exception {
        Files.createDirectories(settings.workDirectory());
        if (settings.footprint()) {
            log.info("Footprint: starting the packaged app twice");
            Footprint.measure(settings, report);
        }
        elasticsearch = node.get();
        admin = new ElasticsearchAdmin(elasticsearch, http);
        TemplateInstaller.install(elasticsearch);
        admin.reset(settings.alias());
        AppProcess portal = settings.portal() ? startPortal() : null;
        try {
            for (int size : settings.sizes()) {
                measureSize(size, portal == null ? List.of() : BenchmarkTargets.portalTargets(portal.url()));
            }
            if (settings.crawlArticles() > 0 && settings.projectCode()) {
                log.info("Crawl: {} articles from {} loopback outlets", settings.crawlArticles(), CrawlRun.OUTLETS);
                new CrawlRun(settings, elasticsearch, admin, report).measure(settings.crawlArticles());
            }
            if (portal != null) {
                report.memory("Resident memory, portal app against an external node", ProcessMemory.residentBytes(portal.pid()),
                        "VmRSS of `java -jar target/newsdesk.jar --newsdesk.elasticsearch.url=...` after the search runs ("
                                + (portalRuns == 0 ? "idle: no portal target answered yet" : portalRuns + " runs on portal targets") + ")");
            }
        } finally {
            if (portal != null) {
                portal.stop(Duration.ofSeconds(60));
            }
        }
        return report;
    }

    private AppProcess startPortal() throws Exception {
        log.info("Starting the portal against the benchmark's node at {}", elasticsearch.url());
        AppProcess portal = AppProcess.start(AppProcess.Launch.jar(settings.jar(), settings.repository()),
                settings.workDirectory().resolve("portal.log"), RealElasticsearch.argumentsFor(elasticsearch));
        portal.awaitHealthy(PORTAL_STARTUP_TIMEOUT);
        return portal;
    }

    private void measureSize(int size, List<SearchTarget> portalTargets) throws Exception {
        Path corpus = settings.workDirectory().resolve("corpus-" + size);
        Path bulkFile = settings.workDirectory().resolve("bulk-" + size + ".ndjson");
        try {
            FileSystemUtils.deleteRecursively(corpus);
            log.info("{} articles: generating the corpus", size);
            CorpusGenerator generator = new CorpusGenerator(settings.seed());
            CorpusSummary summary = generator.write(corpus, size);
            PreEnrichedDocuments.write(generator, size, bulkFile);

            List<StageTime> stages = measureStages(size, corpus);

            log.info("{} articles: bulk ceiling", size);
            warmUp(bulkFile);
            String index = admin.reset(settings.alias());
            HeapPeak.reset();
            BulkCeiling.Timed ceiling = new BulkCeiling(admin, http).run(bulkFile, settings.alias());
            report.ingest(size, "ceiling: pre-enriched documents to `_bulk`", ceiling.items(), ceiling.seconds(), summary.articleBytes(),
                    HeapPeak.megabytes(), ceiling.perSecond());
            Double endToEnd = null;
            for (StageTime stage : stages) {
                if (stage.handled() < 0) {
                    report.ingestNotMeasured(size, stage.stage().label(), size > settings.ingestUpTo()
                            ? "skipped above " + Numbers.size(settings.ingestUpTo()) + " (bound by entity recognition; opt in with -Dbenchmark.ingestUpTo)"
                            : "plug in BenchmarkTargets.ingestStages()");
                    continue;
                }
                report.ingest(size, stage.stage().label(), stage.handled(), stage.seconds(), summary.articleBytes(), stage.peakHeapMegabytes(),
                        ceiling.perSecond());
                if (stage.stage() == IngestStages.Stage.END_TO_END) {
                    endToEnd = stage.handled() / stage.seconds();
                }
            }
            long[] store = admin.storeBytesAndDocs(index);
            double indexBytesPerArticle = (double) store[0] / Math.max(1, store[1]);
            report.footprint("Index size per article, " + Numbers.size(size), Numbers.decimal(indexBytesPerArticle / 1024) + " KB",
                    "primary store after flush, not force-merged; the article files average "
                            + Numbers.decimal(summary.articleBytes() / 1024.0 / size) + " KB");

            Map<String, SearchLoad.Result> results = measureSearch(size, portalTargets);
            double reindexPerSecond = measureReindex(size, index, corpus, endToEnd);
            report.growth(size, summary.articleBytes(), ceiling.perSecond(), endToEnd, indexBytesPerArticle,
                    results.get("raw _search/1"), results.get("raw _search/4"), results.get("/api/search/1"), reindexPerSecond);
        } finally {
            FileSystemUtils.deleteRecursively(corpus);
            Files.deleteIfExists(bulkFile);
        }
    }

    /** Indexes the first documents once untimed, so the ceiling does not pay for the node's JIT warm-up. */
    private void warmUp(Path bulkFile) throws Exception {
        Path head = settings.workDirectory().resolve("bulk-warm-up.ndjson");
        try (var lines = Files.lines(bulkFile)) {
            Files.write(head, (Iterable<String>) lines.limit(2L * BulkCeiling.BATCH_DOCUMENTS * 2)::iterator);
        }
        admin.reset(settings.alias());
        new BulkCeiling(admin, http).run(head, settings.alias());
        Files.delete(head);
    }

    /** What one ingest stage did: {@code handled} is -1 when no pipeline is plugged in yet. */
    private record StageTime(IngestStages.Stage stage, long handled, double seconds, long peakHeapMegabytes) {
    }

    /** Runs the plugged-in ingest stages over the corpus; the ceiling runs after them, so its index is the one searched. */
    private List<StageTime> measureStages(int size, Path corpus) throws Exception {
        Optional<IngestStages> stages = settings.projectCode() && size <= settings.ingestUpTo()
                ? BenchmarkTargets.ingestStages() : Optional.empty();
        List<StageTime> times = new ArrayList<>();
        for (IngestStages.Stage stage : IngestStages.Stage.values()) {
            if (stages.isEmpty()) {
                times.add(new StageTime(stage, -1, 0, 0));
                continue;
            }
            log.info("{} articles: ingest stage {}", size, stage.label());
            if (stage == IngestStages.Stage.BULK || stage == IngestStages.Stage.END_TO_END) {
                admin.reset(settings.alias());
            }
            HeapPeak.reset();
            long started = System.nanoTime();
            long handled = stages.get().run(stage, corpus, elasticsearch, settings.alias());
            times.add(new StageTime(stage, handled, (System.nanoTime() - started) / 1e9, HeapPeak.megabytes()));
        }
        return times;
    }

    private Map<String, SearchLoad.Result> measureSearch(int size, List<SearchTarget> portalTargets) throws Exception {
        List<SearchQuery> mix = QueryMix.of(settings.seed(), settings.queryMixSize());
        SearchLoad load = new SearchLoad(http, mix, settings.warmup(),
                settings.searchDuration(), settings.maxRequestsPerRun());
        List<SearchTarget> targets = new ArrayList<>();
        targets.add(new RawSearch(elasticsearch, settings.alias()));
        targets.addAll(portalTargets);
        admin.awaitMergesDone(settings.alias(), Duration.ofMinutes(2));
        List<SearchTarget> available = new ArrayList<>();
        for (SearchTarget target : targets) {
            Optional<String> unavailable = load.probe(target);
            if (unavailable.isPresent()) {
                report.searchNotMeasured(size, target.name(), unavailable.get());
            } else {
                available.add(target);
            }
        }
        SearchLoad warmUp = new SearchLoad(http, mix, Duration.ZERO,
                settings.targetWarmup(), settings.maxRequestsPerRun());
        for (SearchTarget target : available) {
            log.info("{} articles: warming up {} for {} s", size, target.name(), settings.targetWarmup().toSeconds());
            warmUp.run(target, WARM_UP_CLIENTS);
        }
        // Targets take turns at each concurrency, round after round, so whatever drifts on the machine during the
        // runs (other tenants of the host, the portal's compiler finishing) falls on all of them alike.
        Map<String, SearchLoad.Result> results = new LinkedHashMap<>();
        for (int clients : settings.clients()) {
            Map<SearchTarget, List<SearchLoad.Round>> rounds = new LinkedHashMap<>();
            for (int round = 1; round <= settings.rounds(); round++) {
                for (SearchTarget target : available) {
                    log.info("{} articles: search on {} with {} clients, round {} of {}", size, target.name(), clients, round, settings.rounds());
                    rounds.computeIfAbsent(target, t -> new ArrayList<>()).add(load.round(target, clients));
                    portalRuns += target instanceof PortalSearch ? 1 : 0;
                }
            }
            rounds.forEach((target, measured) -> results.put(target.name() + "/" + clients, SearchLoad.Result.pooled(measured)));
        }
        for (SearchTarget target : available) {
            for (int clients : settings.clients()) {
                report.search(size, results.get(target.name() + "/" + clients));
            }
        }
        return results;
    }

    /**
     * The ceiling: a plain scroll + {@code _bulk} copy into a fresh index of the same template (the embedded
     * distribution has no {@code reindex} module, so no {@code _reindex}); then each plugged-in source, timed, and
     * search latency while it runs. Returns the ceiling's rate.
     */
    private double measureReindex(int size, String index, Path corpus, Double endToEnd) throws Exception {
        log.info("{} articles: reindex", size);
        String copy = Indices.versioned(settings.alias(), 2);
        admin.delete(copy);
        admin.create(copy, null);
        long started = System.nanoTime();
        long created = admin.copy(index, copy);
        double seconds = (System.nanoTime() - started) / 1e9;
        admin.delete(copy);
        double ceiling = created / seconds;
        report.reindex(size, "ceiling: scroll + `_bulk` into a new index", created, seconds, ceiling, endToEnd);
        for (ReindexSource source : BenchmarkTargets.reindexSources()) {
            if (!source.implemented() || !settings.projectCode()) {
                report.reindexNotMeasured(size, source.name(), Numbers.NOT_MEASURED);
                continue;
            }
            Optional<String> skipped = source.skippedAt(size);
            if (skipped.isPresent()) {
                report.reindexNotMeasured(size, source.name(), skipped.get());
                continue;
            }
            log.info("{} articles: {}", size, source.name());
            started = System.nanoTime();
            long docs = source.reindex(elasticsearch, settings.alias(), corpus, () -> false);
            report.reindex(size, source.name(), docs, (System.nanoTime() - started) / 1e9, ceiling, endToEnd);
            measureSearchDuringReindex(size, source, corpus);
        }
        return ceiling;
    }

    /**
     * Raw {@code _search} latency on the idle index, then while the source rebuilds it (started again if it ends
     * first, cancelled when the measured run is over): what a reindex costs the people searching meanwhile.
     */
    private void measureSearchDuringReindex(int size, ReindexSource source, Path corpus) throws Exception {
        SearchLoad load = new SearchLoad(http, QueryMix.of(settings.seed(), settings.queryMixSize()), settings.warmup(),
                settings.searchDuration(), settings.maxRequestsPerRun());
        RawSearch raw = new RawSearch(elasticsearch, settings.alias());
        admin.awaitMergesDone(settings.alias(), Duration.ofMinutes(2));
        log.info("{} articles: search latency without and with {}", size, source.name());
        SearchLoad.Round idle = load.round(raw, REINDEX_SEARCH_CLIENTS);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reindexing = new Thread(() -> {
            while (!stop.get()) {
                try {
                    source.reindex(elasticsearch, settings.alias(), corpus, stop::get);
                } catch (Exception e) {
                    if (!stop.get()) {
                        log.warn("{} failed while searches ran: {}", source.name(), e.toString());
                        return;
                    }
                }
            }
        }, "benchmark-reindex");
        reindexing.start();
        SearchLoad.Round during;
        try {
            during = load.round(raw, REINDEX_SEARCH_CLIENTS);
        } finally {
            stop.set(true);
            reindexing.interrupt();
            reindexing.join();
            admin.deleteStrayVersions(settings.alias()); // an interrupted job may not have removed its index
        }
        report.searchDuringReindex(size, source.name(), SearchLoad.Result.pooled(List.of(idle)), SearchLoad.Result.pooled(List.of(during)));
    }
}
