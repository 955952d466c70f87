package dev.newsdesk.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.newsdesk.benchmark.Latencies;
import dev.newsdesk.benchmark.Machine;
import dev.newsdesk.benchmark.MarkdownTable;
import dev.newsdesk.benchmark.Numbers;

/** SOAK.md: the verdict on each goal, then the run, the requests by kind, the heap samples, the ingest and the first errors. */
final class SoakReport {

    private final SoakResult result;
    private final List<SoakGoals.Verdict> verdicts;

    SoakReport(SoakResult result, List<SoakGoals.Verdict> verdicts) {
        this.result = result;
        this.verdicts = verdicts;
    }

    void write(Path file) throws IOException {
        Files.writeString(file, render());
    }

    String render() {
        StringBuilder out = new StringBuilder("# Soak\n\n");
        out.append("Written by `mvn -B -Psoak verify` (see the README's \"Soak\"); do not edit by hand. The packaged portal runs with its\n")
                .append("embedded node on loopback while closed-loop clients search, click facets, read articles, follow saved searches'\n")
                .append("feeds and call the JSON API, and the `ingest` command indexes more articles beside it.\n\n");
        if (result.shortRun()) {
            out.append("**Short run**: ").append(minutes()).append(" minutes with ").append(result.clients())
                    .append(" clients, not the issue's ").append(SoakSettings.FULL_DURATION.toMinutes()).append(" minutes with ")
                    .append(SoakSettings.FULL_CLIENTS).append(": a try-out of the command, not the soak's verdict.\n\n");
        }
        out.append("## Goals\n\n").append(goals().render())
                .append("\n**").append(SoakGoals.allPassed(verdicts) ? "PASS" : "FAIL").append("**\n\n");
        out.append("## Run\n\n").append(run().render()).append('\n');
        out.append("## Requests\n\nLatency from sending a request to reading the whole answer, of the answers that were 2xx; every request\n")
                .append("of the measured minutes is counted.\n\n").append(requests().render()).append('\n');
        out.append("## Heap\n\nThe portal JVM's heap in use right after a full GC (`System.gc()` through its memory bean, over the JDK's\n")
                .append("attach API), while the clients keep running.\n\n").append(heap().render()).append('\n');
        out.append("## Errors\n\n");
        if (result.firstErrors().isEmpty() && result.ingest().failures().isEmpty()) {
            out.append("None.\n");
        } else {
            out.append(errors().render());
        }
        return out.toString();
    }

    private MarkdownTable goals() {
        MarkdownTable table = new MarkdownTable("Goal", "Target", "Measured", "Result");
        verdicts.forEach(verdict -> table.row(verdict.goal(), verdict.target(), verdict.measured(), verdict.passed() ? "PASS" : "FAIL"));
        return table;
    }

    private MarkdownTable run() {
        Machine machine = result.machine();
        return new MarkdownTable("", "")
                .row("Date (UTC)", machine.date())
                .row("Commit", machine.commit())
                .row("CPU", machine.cores() + " cores, " + machine.cpu())
                .row("Memory", Numbers.count(machine.memoryMegabytes()) + " MB")
                .row("Load average at start (1, 5, 15 min)", machine.loadAverage())
                .row("JVM", machine.jvm())
                .row("OS", machine.os())
                .row("Portal", "`java -jar target/newsdesk.jar`, embedded node (heap 512 MB), fresh data directory")
                .row("Minutes", minutes())
                .row("Warm-up before them", result.warmupDuration().toSeconds() + " s of the same clients and ingest, "
                        + Numbers.count(result.warmup().requests()) + " requests, " + Numbers.count(result.warmup().errors())
                        + " errors (not in the latencies below)")
                .row("Clients", result.clients())
                .row("Requests per second", Numbers.decimal(result.overall().requests() / (result.duration().toMillis() / 1000.0)))
                .row("Articles before the clients started", Numbers.count(result.articlesBefore()) + " (generated, `ingest` command)")
                .row("Articles ingested while the clients ran (warm-up included)", Numbers.count(result.articlesIngestedDuringSoak()) + " in "
                        + runs(result.ingest().started()) + " of the `ingest` command, " + result.ingest().finished() + " of them to the end")
                .row("Portal stop after the soak", result.portalStop());
    }

    private MarkdownTable requests() {
        MarkdownTable table = new MarkdownTable("Kind", "Requests", "Errors", "Median (ms)", "p95 (ms)", "p99 (ms)", "p99 / median");
        for (RequestLog.Totals kind : result.kinds()) {
            requestRow(table, kind.label(), kind);
        }
        requestRow(table, "**all**", result.overall());
        return table;
    }

    private static void requestRow(MarkdownTable table, String label, RequestLog.Totals totals) {
        Latencies latencies = totals.latencies();
        table.row(label, Numbers.count(totals.requests()), Numbers.count(totals.errors()), Numbers.decimal(latencies.medianMillis()),
                Numbers.decimal(latencies.p95Millis()), Numbers.decimal(latencies.p99Millis()), Numbers.ratio(SoakGoals.ratio(latencies)));
    }

    private MarkdownTable heap() {
        MarkdownTable table = new MarkdownTable("Sample", "Seconds into the soak", "Heap after full GC (MB)");
        heapRow(table, "first minute", result.firstHeap());
        heapRow(table, "last minute", result.lastHeap());
        return table;
    }

    private static void heapRow(MarkdownTable table, String label, HeapSample sample) {
        table.row(label, sample.at().toSeconds(), sample.measured() ? Numbers.decimal(sample.megabytes()) : "not measured: " + sample.failure());
    }

    private MarkdownTable errors() {
        MarkdownTable table = new MarkdownTable("Phase", "Kind", "Address", "Outcome");
        result.firstErrors().forEach(error -> table.row(error.phase(), error.kind().label(), "`" + error.path() + "`", error.outcome()));
        result.ingest().failures().forEach(failure -> table.row("", "ingest", "–", failure));
        if (result.failedRequests() > result.firstErrors().size()) {
            table.row("", "…", "", Numbers.count(result.failedRequests() - result.firstErrors().size()) + " more failed requests, not listed");
        }
        return table;
    }

    private static String runs(int count) {
        return count == 1 ? "1 run" : count + " runs";
    }

    private String minutes() {
        return Numbers.decimal(result.duration().toMillis() / 60_000.0);
    }
}
