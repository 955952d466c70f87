package dev.newsdesk.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.platform.AppProcess;
import dev.newsdesk.sources.GeneratedOutlets;
import dev.newsdesk.sources.OutletServer;

/**
 * News that arrives by itself, timed: the packaged {@code crawl} command follows the feeds of a loopback site of 100
 * generated outlets (host delay 0) until every listed article is searchable, next to {@code ingest} of the same pages
 * from files in the same run; then the CPU one poll of 1,000 unchanged feeds (all answering 304) costs, and the
 * crawler's heap after a full GC before and after.
 */
final class CrawlRun {

    private static final Logger log = LoggerFactory.getLogger(CrawlRun.class);
    static final int OUTLETS = 100;
    static final int UNCHANGED_FEEDS = 1_000;
    private static final Duration LIMIT = Duration.ofMinutes(40);
    private static final Pattern INGEST_SECONDS = Pattern.compile("files in ([0-9.]+) s");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final BenchmarkSettings settings;
    private final NodeAccess elasticsearch;
    private final ElasticsearchAdmin admin;
    private final BenchmarkReport report;

    CrawlRun(BenchmarkSettings settings, NodeAccess elasticsearch, ElasticsearchAdmin admin, BenchmarkReport report) {
        this.settings = settings;
        this.elasticsearch = elasticsearch;
        this.admin = admin;
        this.report = report;
    }

    void measure(int articles) throws Exception {
        int perOutlet = Math.max(1, articles / OUTLETS);
        int total = perOutlet * OUTLETS;
        Path work = settings.workDirectory().resolve("crawl");
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);

        double ingestSeconds = ingestFiles(work, total);
        report.crawl(total, "`ingest DIR` of the same pages as files (a process; its own summary's time)", total, ingestSeconds, ingestSeconds);

        try (OutletServer site = OutletServer.serve(new GeneratedOutlets(settings.seed(), OUTLETS))) {
            site.outlets().publishInEach(perOutlet);
            admin.reset(settings.alias());
            resetSources();
            AppProcess crawler = crawler(work, "crawler");
            try {
                awaitCrawling(crawler);
                importFeeds(work, site, OUTLETS);
                // The first heap reading waits for the first tenth: by then the entity models are loaded and every
                // cache has had a chance to fill, so what grows after it is what a long crawl would keep.
                await("a tenth of the pages searchable").atMost(LIMIT).pollInterval(Duration.ofMillis(500))
                        .until(() -> count() >= total / 10);
                long heapStart = heapAfterFullGc(crawler);
                await("every page searchable").atMost(LIMIT).pollInterval(Duration.ofSeconds(1))
                        .until(() -> count() >= total);
                long firstRequest = site.outlets().log().stream().mapToLong(GeneratedOutlets.Request::started).min().orElseThrow();
                double crawlSeconds = (System.nanoTime() - firstRequest) / 1e9;
                report.crawl(total, "`crawl` of " + OUTLETS + " loopback outlets' feeds, first request to searchable",
                        count(), crawlSeconds, ingestSeconds);
                long heapEnd = heapAfterFullGc(crawler);
                report.crawlMeasure("Crawler heap after a full GC, after the first tenth and at the end of the crawl of " + Numbers.count(total),
                        Numbers.decimal(heapStart / 1024.0) + " MB → " + Numbers.decimal(heapEnd / 1024.0) + " MB",
                        "`jcmd PID GC.run`, then `GC.heap_info` used");
            } finally {
                crawler.stop(Duration.ofSeconds(60));
            }
        }
        measureUnchangedFeeds(work);
        FileSystemUtils.deleteRecursively(work);
    }

    /** The same pages the site serves, as HTML files, through the {@code ingest} command. */
    private double ingestFiles(Path work, int total) throws Exception {
        Path pages = work.resolve("pages");
        CorpusGenerator generator = new CorpusGenerator(settings.seed());
        for (int index = 0; index < total; index++) {
            Path file = pages.resolve("o" + index % OUTLETS).resolve(index + ".html");
            Files.createDirectories(file.getParent());
            Files.write(file, generator.renderPage(generator.article(index)));
        }
        admin.reset(settings.alias());
        List<String> arguments = new ArrayList<>(List.of("ingest", pages.toString()));
        arguments.addAll(RealElasticsearch.argumentsFor(elasticsearch));
        log.info("Crawl: ingest of {} pages from files", total);
        AppProcess ingest = AppProcess.command(AppProcess.Launch.jar(settings.jar(), settings.repository()), work.resolve("ingest.log"), arguments);
        int exit = ingest.awaitExit(LIMIT);
        String output = ingest.output();
        Matcher seconds = INGEST_SECONDS.matcher(output);
        if (exit != 0 || !seconds.find()) {
            throw new IllegalStateException("ingest exited with " + exit + ": " + output);
        }
        return Double.parseDouble(seconds.group(1));
    }

    /** Polls 1,000 feeds that answer 304 and returns nothing new: the crawler's and the node's CPU per round. */
    private void measureUnchangedFeeds(Path work) throws Exception {
        try (OutletServer site = OutletServer.serve(new GeneratedOutlets(settings.seed() + 1, UNCHANGED_FEEDS))) {
            site.outlets().publishInEach(1);
            admin.reset(settings.alias());
            resetSources();
            AppProcess crawler = crawler(work, "poller");
            try {
                awaitCrawling(crawler);
                importFeeds(work, site, UNCHANGED_FEEDS);
                await("the first fetch of every feed").atMost(LIMIT).pollInterval(Duration.ofSeconds(1))
                        .until(() -> count() >= UNCHANGED_FEEDS);
                await("a first round of 304s").atMost(LIMIT).pollInterval(Duration.ofMillis(200))
                        .until(() -> site.outlets().notModifiedAnswers() >= UNCHANGED_FEEDS);
                int before = site.outlets().notModifiedAnswers();
                double crawlerBefore = cpuSeconds(crawler.pid());
                double nodeBefore = nodeCpuSeconds();
                await("another " + UNCHANGED_FEEDS + " 304s").atMost(LIMIT).pollInterval(Duration.ofMillis(100))
                        .until(() -> site.outlets().notModifiedAnswers() - before >= UNCHANGED_FEEDS);
                int answered = site.outlets().notModifiedAnswers() - before;
                double crawlerCpu = (cpuSeconds(crawler.pid()) - crawlerBefore) * UNCHANGED_FEEDS / answered;
                double nodeCpu = (nodeCpuSeconds() - nodeBefore) * UNCHANGED_FEEDS / answered;
                report.crawlMeasure("CPU to poll " + Numbers.count(UNCHANGED_FEEDS) + " unchanged feeds once (all 304)",
                        Numbers.decimal(crawlerCpu) + " s crawler + " + Numbers.decimal(nodeCpu) + " s Elasticsearch ("
                                + Numbers.decimal(crawlerCpu * 1000 / UNCHANGED_FEEDS) + " ms + "
                                + Numbers.decimal(nodeCpu * 1000 / UNCHANGED_FEEDS) + " ms a feed)",
                        "user + system time of the `crawl` process and of the node over " + Numbers.count(answered)
                                + " conditional fetches, scaled to " + Numbers.count(UNCHANGED_FEEDS)
                                + "; each is a lease taken, a 304, and the outcome written");
            } finally {
                crawler.stop(Duration.ofSeconds(60));
            }
            resetSources();
        }
    }

    private AppProcess crawler(Path work, String name) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("crawl"));
        arguments.addAll(RealElasticsearch.argumentsFor(elasticsearch));
        arguments.addAll(List.of("--newsdesk.sources.allow-private-addresses=true", "--newsdesk.sources.host-delay=0s",
                "--newsdesk.sources.max-per-host=" + 2 * Runtime.getRuntime().availableProcessors(),
                "--newsdesk.sources.workers=" + 2 * Runtime.getRuntime().availableProcessors(),
                "--newsdesk.sources.min-interval=2s", "--newsdesk.sources.poll-interval=500ms",
                "--newsdesk.sources.contact-url=http://127.0.0.1/benchmark",
                "--newsdesk.sources.archive.dir=" + work.resolve(name + "-archive")));
        return AppProcess.command(AppProcess.Launch.jar(settings.jar(), settings.repository()), work.resolve(name + ".log"), arguments);
    }

    private static void awaitCrawling(AppProcess crawler) {
        await("the crawler starts").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> crawler.output().contains("Crawling as "));
    }

    /** Follows the site's first {@code feeds} outlets' feeds through {@code sources import}, as an admin would. */
    private void importFeeds(Path work, OutletServer site, int feeds) throws Exception {
        StringBuilder opml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>benchmark</title></head><body>\n");
        for (int k = 0; k < feeds; k++) {
            opml.append("<outline text=\"Outlet ").append(k).append("\" type=\"rss\" xmlUrl=\"")
                    .append(site.url(GeneratedOutlets.feedPath(k))).append("\"/>\n");
        }
        Path file = work.resolve("feeds-" + feeds + ".opml");
        Files.writeString(file, opml.append("</body></opml>\n"));
        List<String> arguments = new ArrayList<>(List.of("sources", "import", file.toString()));
        arguments.addAll(RealElasticsearch.argumentsFor(elasticsearch));
        arguments.add("--newsdesk.sources.allow-private-addresses=true");
        AppProcess run = AppProcess.command(AppProcess.Launch.jar(settings.jar(), settings.repository()), work.resolve("import-" + feeds + ".log"), arguments);
        if (run.awaitExit(LIMIT) != 0) {
            throw new IllegalStateException("sources import failed: " + run.output());
        }
    }

    /** Removes every source and seen page (the node has no {@code _delete_by_query}: its distribution lacks reindex). */
    private void resetSources() throws IOException {
        for (String index : List.of(Indices.SOURCES, Indices.SEEN_PAGES)) {
            while (true) {
                admin.send("POST", "/" + index + "*/_refresh?allow_no_indices=true", null);
                var hits = admin.send("GET", "/" + index + "*/_search?allow_no_indices=true&size=1000&_source=false", null)
                        .path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                StringBuilder bulk = new StringBuilder();
                for (var hit : hits) {
                    bulk.append("{\"delete\":{\"_index\":\"").append(hit.path("_index").asString()).append("\",\"_id\":\"")
                            .append(hit.path("_id").asString()).append("\"}}\n");
                }
                admin.send("POST", "/_bulk", bulk.toString());
            }
        }
    }

    private long count() throws IOException {
        admin.refresh(settings.alias());
        return admin.send("GET", "/" + settings.alias() + "/_count", null).path("count").asLong();
    }

    /** The heap the process uses after a full collection, in KB. */
    private static long heapAfterFullGc(AppProcess process) throws Exception {
        jcmd(process.pid(), "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(process.pid(), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info named no used heap");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    /** User and system CPU seconds of a process, from /proc/PID/stat. */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
    }

    /** The CPU seconds of the Elasticsearch node's server JVM (the process whose command line names its main class). */
    private static double nodeCpuSeconds() throws IOException {
        double total = 0;
        for (ProcessHandle node : ProcessMemory.commandLineMentions("org.elasticsearch.bootstrap.Elasticsearch")) {
            total += cpuSeconds(node.pid());
        }
        return total;
    }
}
