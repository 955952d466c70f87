package dev.newsdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.Integration;

/**
 * The benchmark harness in miniature against the shared real node, on an alias of its own: 50 articles through the
 * real ingest stages, a few searches, both reindex jobs, the report's tables.
 */
class BenchmarkHarnessTest {

    @TempDir
    Path temp;

    @Test
    @Integration
    void aTinyRunProducesWellFormedTables() throws Exception {
        BenchmarkSettings settings = new BenchmarkSettings(List.of(50), 7, List.of(1, 2), Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), 1, 20, 20,
                "articles-smoke", temp, temp.resolve("newsdesk.jar"), temp.resolve("work"), false, false, true, 10_000, 0);

        String markdown = new BenchmarkRun(settings, RealElasticsearch::node).run().render();

        assertThat(markdown).startsWith("# Benchmarks").contains("## Footprint", "## Ingest", "## Search", "## Reindex", "## Growth");
        assertThat(tableRows(markdown, "## Ingest")).anySatisfy(row -> assertThat(row).contains("ceiling", "| 50 |"))
                .anySatisfy(row -> assertThat(row).contains("end to end", "| 50 |"));
        assertThat(tableRows(markdown, "## Search")).filteredOn(row -> row.contains("raw _search")).hasSize(2)
                .allSatisfy(row -> assertThat(row).contains("| 0 |").doesNotContain("NaN"));
        assertThat(tableRows(markdown, "## Reindex")).anySatisfy(row -> assertThat(row).contains("ceiling", "| 50 |"))
                .anySatisfy(row -> assertThat(row).contains("reindex job, from the index", "| 50 |"))
                .anySatisfy(row -> assertThat(row).contains("reindex job, from the files", "| 50 |"))
                .noneSatisfy(row -> assertThat(row).contains("not measured"));
        assertThat(tableRows(markdown, "Search while a reindex runs")).filteredOn(row -> row.contains("reindex job")).hasSize(2)
                .allSatisfy(row -> assertThat(row).contains("×").doesNotContain("NaN", "| – |"));
        assertThat(tableRows(markdown, "## Growth")).hasSize(2);
        assertThat(tableRows(markdown, "## Footprint")).anySatisfy(row -> assertThat(row).contains("Index size per article, 50"));
        for (String section : List.of("## Footprint", "## Ingest", "## Search", "## Reindex", "Search while a reindex runs", "## Growth")) {
            List<String> rows = tableRows(markdown, section);
            int columns = cells(rows.get(0));
            assertThat(rows).as(section).allSatisfy(row -> assertThat(cells(row)).isEqualTo(columns));
        }
    }

    @Test
    void percentilesAreNearestRankOfTheSortedSamples() {
        long[] nanos = new long[100];
        Arrays.setAll(nanos, i -> (100 - i) * 1_000_000L);

        Latencies latencies = Latencies.of(nanos);

        assertThat(latencies.medianMillis()).isEqualTo(50.0);
        assertThat(latencies.p95Millis()).isEqualTo(95.0);
        assertThat(latencies.p99Millis()).isEqualTo(99.0);
    }

    @Test
    void roundsArePooledIntoOneResult() {
        SearchLoad.Round slow = new SearchLoad.Round("page", 4, new long[] {30_000_000, 40_000_000}, 1, 2.0, "status 503");
        SearchLoad.Round fast = new SearchLoad.Round("page", 4, new long[] {10_000_000, 20_000_000, 25_000_000, 35_000_000}, 0, 1.0, null);

        SearchLoad.Result pooled = SearchLoad.Result.pooled(List.of(slow, fast));

        assertThat(pooled.requests()).isEqualTo(7);
        assertThat(pooled.errors()).isEqualTo(1);
        assertThat(pooled.firstError()).isEqualTo("status 503");
        assertThat(pooled.latencies().medianMillis()).isEqualTo(25.0);
        assertThat(pooled.perSecond()).isEqualTo(2.0);
    }

    @Test
    void aTableRefusesARowOfTheWrongWidth() {
        MarkdownTable table = new MarkdownTable("Size", "Docs/s");

        assertThatThrownBy(() -> table.row("1k")).isInstanceOf(IllegalArgumentException.class);
        assertThat(table.row("1k", "5|6").render()).isEqualTo("| Size | Docs/s |\n| --- | --- |\n| 1k | 5\\|6 |\n");
    }

    @Test
    void theQueryMixIsFixedAndCoversWordsPhrasesFacetsAndDateSort() {
        List<SearchQuery> mix = QueryMix.of(42, 200);

        assertThat(QueryMix.of(42, 200)).isEqualTo(mix);
        assertThat(mix).anySatisfy(q -> assertThat(q.text()).doesNotContain("\"", " "));
        assertThat(mix).anySatisfy(q -> assertThat(q.text()).startsWith("\"").contains(" "));
        for (int filters = 0; filters <= 3; filters++) {
            int count = filters;
            assertThat(mix).anySatisfy(q -> assertThat(q.filters()).hasSize(count));
        }
        assertThat(mix).anySatisfy(q -> assertThat(q.newestFirst()).isTrue());
    }

    /** The table lines (header and rows, not the separator) of the first table after a heading or a phrase. */
    private static List<String> tableRows(String markdown, String heading) {
        String section = markdown.substring(markdown.indexOf(heading) + heading.length());
        return section.lines().dropWhile(line -> !line.startsWith("|")).takeWhile(line -> line.startsWith("|"))
                .filter(line -> !line.startsWith("| ---")).toList();
    }

    private static int cells(String row) {
        return row.replace("\\|", "").split("\\|", -1).length - 2;
    }
}
