package dev.newsdesk.benchmark;

import static dev.newsdesk.benchmark.Numbers.NOT_MEASURED;
import static dev.newsdesk.benchmark.Numbers.count;
import static dev.newsdesk.benchmark.Numbers.decimal;
import static dev.newsdesk.benchmark.Numbers.ratio;
import static dev.newsdesk.benchmark.Numbers.size;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tables of BENCHMARKS.md, filled as the run goes, and the document they make. */
final class BenchmarkReport {

    private static final double MEGABYTE = 1024 * 1024;

    private final Machine machine;
    private final BenchmarkSettings settings;
    final MarkdownTable footprint = new MarkdownTable("Measure", "Value", "How");
    final MarkdownTable ingest = new MarkdownTable("Size", "Stage", "Articles", "Time (s)", "Articles/s", "MB/s", "Peak heap (MB)", "Share of ceiling");
    final MarkdownTable search = new MarkdownTable("Size", "Target", "Clients", "Requests", "Errors", "Median (ms)", "p95 (ms)", "p99 (ms)",
            "Throughput (q/s)", "Median vs raw", "Throughput vs raw");
    final MarkdownTable reindex = new MarkdownTable("Size", "Source", "Docs", "Time (s)", "Docs/s", "Share of ceiling",
            "Share of end-to-end ingest");
    final MarkdownTable searchDuringReindex = new MarkdownTable("Size", "Source", "Searches idle", "Searches during", "Errors during",
            "Median idle (ms)", "Median during (ms)", "Median during / idle", "p95 idle (ms)", "p95 during (ms)", "p95 during / idle");
    final MarkdownTable growth = new MarkdownTable("Size", "Corpus (MB)", "Bulk ceiling (docs/s)", "End to end (docs/s)", "Index per article (KB)",
            "Raw median, 1 client (ms)", "Raw throughput, 4 clients (q/s)", "/api/search median, 1 client (ms)", "Copy ceiling (docs/s)");
    final MarkdownTable crawl = new MarkdownTable("Size", "Run", "Articles", "Time (s)", "Articles/s", "Share of ingest");
    final MarkdownTable crawlMeasures = new MarkdownTable("Measure", "Value", "How");
    private final Map<String, SearchLoad.Result> rawResults = new LinkedHashMap<>();

    BenchmarkReport(Machine machine, BenchmarkSettings settings) {
        this.machine = machine;
        this.settings = settings;
    }

    void footprint(String measure, String value, String how) {
        footprint.row(measure, value, how);
    }

    void startup(String measure, Duration took, String how) {
        footprint(measure, decimal(took.toMillis() / 1000.0) + " s", how);
    }

    void memory(String measure, long bytes, String how) {
        footprint(measure, decimal(bytes / MEGABYTE) + " MB", how);
    }

    void ingest(int articles, String stage, long handled, double seconds, long corpusBytes, long peakHeapMegabytes, double ceilingPerSecond) {
        double perSecond = handled / seconds;
        ingest.row(size(articles), stage, count(handled), decimal(seconds), decimal(perSecond),
                decimal(corpusBytes / MEGABYTE / seconds), count(peakHeapMegabytes), ratio(perSecond / ceilingPerSecond));
    }

    void ingestNotMeasured(int articles, String stage, String why) {
        ingest.row(size(articles), stage, "–", "–", "–", "–", "–", NOT_MEASURED + (why == null ? "" : ": " + why));
    }

    void search(int articles, SearchLoad.Result result) {
        String key = articles + "/" + result.clients();
        SearchLoad.Result raw = rawResults.get(key);
        if (raw == null) {
            rawResults.put(key, result);
            raw = result;
        }
        search.row(size(articles), result.target(), result.clients(), count(result.requests()),
                count(result.errors()) + (result.firstError() == null ? "" : " (" + result.firstError() + ")"),
                decimal(result.latencies().medianMillis()), decimal(result.latencies().p95Millis()), decimal(result.latencies().p99Millis()),
                decimal(result.perSecond()),
                ratio(result.latencies().medianMillis() / raw.latencies().medianMillis()), ratio(result.perSecond() / raw.perSecond()));
    }

    void searchNotMeasured(int articles, String target, String why) {
        search.row(size(articles), target, "–", "–", "–", "–", "–", "–", "–", "–", NOT_MEASURED + ": " + why);
    }

    void reindex(int articles, String source, long docs, double seconds, double ceilingPerSecond, Double endToEndPerSecond) {
        double perSecond = docs / seconds;
        reindex.row(size(articles), source, count(docs), decimal(seconds), decimal(perSecond), ratio(perSecond / ceilingPerSecond),
                endToEndPerSecond == null ? "–" : ratio(perSecond / endToEndPerSecond));
    }

    /** A source without numbers; {@code why} fills the ratio cell ("not measured yet", or why it was skipped). */
    void reindexNotMeasured(int articles, String source, String why) {
        reindex.row(size(articles), source, "–", "–", "–", why, "–");
    }

    void searchDuringReindex(int articles, String source, SearchLoad.Result idle, SearchLoad.Result during) {
        searchDuringReindex.row(size(articles), source, count(idle.requests()), count(during.requests()),
                count(during.errors()) + (during.firstError() == null ? "" : " (" + during.firstError() + ")"),
                decimal(idle.latencies().medianMillis()), decimal(during.latencies().medianMillis()),
                ratio(during.latencies().medianMillis() / idle.latencies().medianMillis()),
                decimal(idle.latencies().p95Millis()), decimal(during.latencies().p95Millis()),
                ratio(during.latencies().p95Millis() / idle.latencies().p95Millis()));
    }

    void growth(int articles, long corpusBytes, double ceilingPerSecond, Double endToEndPerSecond, double indexBytesPerArticle,
                SearchLoad.Result rawOneClient, SearchLoad.Result rawFourClients, SearchLoad.Result apiOneClient, double reindexPerSecond) {
        growth.row(size(articles), decimal(corpusBytes / MEGABYTE), decimal(ceilingPerSecond),
                endToEndPerSecond == null ? NOT_MEASURED : decimal(endToEndPerSecond), decimal(indexBytesPerArticle / 1024),
                rawOneClient == null ? "–" : decimal(rawOneClient.latencies().medianMillis()),
                rawFourClients == null ? "–" : decimal(rawFourClients.perSecond()),
                apiOneClient == null ? NOT_MEASURED : decimal(apiOneClient.latencies().medianMillis()),
                decimal(reindexPerSecond));
    }

    void crawl(int articles, String run, long handled, double seconds, double ingestSeconds) {
        double perSecond = handled / seconds;
        crawl.row(size(articles), run, count(handled), decimal(seconds), decimal(perSecond), ratio(perSecond / (articles / ingestSeconds)));
    }

    void crawlMeasure(String measure, String value, String how) {
        crawlMeasures.row(measure, value, how);
    }

    String render() {
        return """
                # Benchmarks

                Written by `mvn -B -Pbenchmark verify` (see the README); do not edit by hand. Every speed is measured next to
                Elasticsearch's own `_bulk`, `_search` and scroll on the same machine in the same run: read the ratios, not
                the absolute numbers, which depend on the machine and on whatever else it was doing.

                ## Machine

                | | |
                | --- | --- |
                | Date (UTC) | %s |
                | Commit | %s |
                | CPU | %d cores, %s |
                | Memory | %,d MB |
                | Load average at start (1, 5, 15 min) | %s |
                | JVM | %s |
                | OS | %s |
                | Elasticsearch | embedded node, heap 512 MB, one shard, no replica |
                | Corpus | generated (`generate --seed %d`), sizes %s |

                ## Footprint

                %s
                ## Ingest

                Articles per second over the same generated articles. The ceiling sends them pre-enriched (what the indexer
                should produce) straight to `_bulk` in batches of %d, from as many senders as there are cores, and ends with
                a refresh. MB/s counts the article files' bytes, so all rows compare. Peak heap is the benchmark JVM's, in
                which the stages run.

                %s
                ## Search

                Closed loop: each client sends the next query as soon as the previous answer is read. A fixed mix of %d
                queries (single words and quoted phrases, 0–3 facet filters, a third sorted newest first); each run is %d s
                after %d s of warm-up, or %,d requests, whichever comes first, and each target runs %d times at each
                concurrency, taking turns with the others; its runs are pooled. Raw `_search` sends the very request the portal
                sends for the same URL (built by the portal's own code): the relevance query, post_filter, disjunctive facet
                aggregations, the timeline's monthly histogram, highlights, ten hits. The search runs start once the index has
                no merge running and each target has had %d s of load with 4 clients to warm up. Ratios are target / raw at
                the same size and concurrency.

                %s
                ## Reindex

                Rebuilding the index from each source, next to the fastest copy Elasticsearch allows here (the ceiling):
                scroll through the index in pages of 1,000 and `_bulk` each page into a new index of the same template. The
                embedded distribution (`integ-test-zip`) has no `reindex` module, so `_reindex` answers 405 on it. The
                reindex job (what `POST /admin/reindex` runs) builds the next index version, catches up with what was
                ingested meanwhile and moves the alias; from the files it runs the whole ingest pipeline, so it compares
                with end-to-end ingest.

                %s
                Search while a reindex runs: raw `_search` (the portal's request, %d client) for %d s on the idle index,
                then for %d s while the job rebuilds it (started again if it ends first, cancelled when the time is up).

                %s
                ## Growth

                One line per size, to extrapolate from.

                %s
                ## Crawl

                The packaged `crawl` command (%d workers, host delay 0, private addresses allowed) follows the RSS feeds of
                a loopback site of 100 generated outlets, each listing its share of the articles, until every article is
                searchable; the clock runs from the site's first request (the `sources import` that adds the feeds) to the
                last article counted. Next to it, in the same run, `ingest DIR` of the very pages the site serves, written
                as HTML files (its own summary's time). The goal is 0.9× or more: fetching, archiving and deduplication cost
                at most a tenth. Both are bound by entity recognition.

                %s
                %s""".formatted(
                machine.date(), machine.commit(), machine.cores(), machine.cpu(), machine.memoryMegabytes(), machine.loadAverage(),
                machine.jvm(), machine.os(), settings.seed(), settings.sizes().stream().map(Numbers::size).toList(),
                footprint.render(), BulkCeiling.BATCH_DOCUMENTS, ingest.render(),
                settings.queryMixSize(), settings.searchDuration().toSeconds(), settings.warmup().toSeconds(), settings.maxRequestsPerRun(),
                settings.rounds(), settings.targetWarmup().toSeconds(), search.render(), reindex.render(),
                BenchmarkRun.REINDEX_SEARCH_CLIENTS, settings.searchDuration().toSeconds(), settings.searchDuration().toSeconds(),
                searchDuringReindex.render(), growth.render(), 2 * Runtime.getRuntime().availableProcessors(),
                crawl.rowCount() == 0 ? "Not measured in this run (`-Dbenchmark.crawl=0`).\n" : crawl.render(),
                crawlMeasures.rowCount() == 0 ? "" : crawlMeasures.render());
    }

    void write(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }
}
