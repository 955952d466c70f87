package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.Integration;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.sources.GeneratedOutlets;
import dev.newsdesk.sources.OutletServer;

/**
 * The {@code sources} command manages the followed sources from a shell, against a running cluster: {@code add} detects
 * the kind, {@code list} shows them, {@code import} follows an OPML file's feeds and names the ones it refused, and
 * {@code remove} stops following one.
 */
@Integration
class SourcesCommandTest {

    private static final Pattern ID = Pattern.compile("^(\\S+)\\s", Pattern.MULTILINE);

    @TempDir
    Path dir;

    OutletServer site;
    final List<String> added = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        site = OutletServer.serve(new GeneratedOutlets(11, 4));
    }

    @AfterEach
    void removeWhatWasAdded() {
        for (String line : sources("list").out().lines().toList()) {
            if (line.contains(site.url("/"))) {
                sources("remove", line.split("\\s+")[0]);
            }
        }
        site.close();
    }

    @Test
    void addsListsAndRemovesASource() {
        CommandRun add = sources("add", site.url(GeneratedOutlets.feedPath(0)), "--outlet", "Outlet Zero", "--label", "wires",
                "--interval-minutes", "30");

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("feed", "active", site.url(GeneratedOutlets.feedPath(0)), "outlet: Outlet Zero",
                "labels: wires");
        String id = firstId(add.out());
        assertThat(sources("list").out()).contains(id + "  feed");

        CommandRun remove = sources("remove", id);

        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("Removed source " + id);
        assertThat(sources("list").out()).doesNotContain(id);
    }

    @Test
    void aUrlThatCannotBeASourceIsRefusedWithItsReasonAndExitStatus1() {
        CommandRun add = sources("add", site.url("/nowhere.xml"));

        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err()).contains("it answered 404");
    }

    @Test
    void importsTheFeedsOfAnOpmlFileWithTheirFoldersAsLabels() throws IOException {
        Path opml = dir.resolve("subscriptions.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>My feeds</title></head>
                  <body>
                    <outline text="Harbour press">
                      <outline text="Outlet one" type="rss" xmlUrl="%s"/>
                      <outline text="Outlet two" type="rss" xmlUrl="%s"/>
                    </outline>
                    <outline text="Gone" type="rss" xmlUrl="%s"/>
                  </body>
                </opml>
                """.formatted(site.url(GeneratedOutlets.feedPath(1)), site.url(GeneratedOutlets.feedPath(2)),
                site.url("/gone.xml")));

        CommandRun run = sources("import", opml.toString());

        assertThat(run.out()).contains("2 added, 0 followed already, 1 refused");
        assertThat(run.err()).contains("refused: " + site.url("/gone.xml") + ": it answered 404");
        assertThat(run.exit()).isEqualTo(1);
        List<String> imported = sources("list").out().lines().filter(line -> line.contains(site.url("/"))).toList();
        assertThat(imported).hasSize(2).allSatisfy(line -> assertThat(line).contains("feed", "labels: Harbour press"));
        assertThat(imported).anySatisfy(line -> assertThat(line).contains(site.url(GeneratedOutlets.feedPath(1))))
                .anySatisfy(line -> assertThat(line).contains(site.url(GeneratedOutlets.feedPath(2))));

        assertThat(sources("import", opml.toString()).out()).contains("0 added, 2 followed already, 1 refused");
    }

    @Test
    void aMissingOpmlFileIsNamed() {
        CommandRun run = sources("import", dir.resolve("missing.opml").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("missing.opml is not a file that can be read");
    }

    private static String firstId(String out) {
        Matcher matcher = ID.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }

    private static CommandRun sources(String... arguments) {
        List<String> all = new ArrayList<>(List.of("sources"));
        all.addAll(List.of(arguments));
        all.addAll(RealElasticsearch.argumentsFor(RealElasticsearch.node()));
        all.add("--newsdesk.sources.allow-private-addresses=true");
        return CommandRun.of(all.toArray(String[]::new));
    }
}
