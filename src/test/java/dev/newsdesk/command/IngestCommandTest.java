package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.ElasticsearchClients;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.Integration;

/** The ingest command against the shared real node: a summary on standard output, failures by name, the exit status. */
@Integration
class IngestCommandTest {

    private static final String SOURCE = "ingest-command-ferry-terminal.txt";

    @TempDir
    Path dir;

    @AfterEach
    void removeWhatTheTestIndexed() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.forNode(RealElasticsearch.node())) {
            if (!client.indices().existsAlias(a -> a.name(Indices.ARTICLES)).value()) {
                return; // a test that ran first on a fresh node and indexed nothing: no alias yet
            }
            for (Hit<ArticleDocument> hit : indexed(client)) {
                client.delete(d -> d.index(Indices.ARTICLES).id(hit.id()));
            }
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
        }
    }

    @Test
    void indexesTheGoodFilesNamesTheFailedOneAndExitsNonZero() throws IOException {
        Files.writeString(dir.resolve(SOURCE), """
                Harbour board approves a ferry terminal
                PORTVALE: The Portvale harbour board approved a new ferry terminal on Tuesday after a decade of debate.
                """);
        Files.write(dir.resolve("ingest-command-empty.txt"), new byte[0]);

        List<String> arguments = new ArrayList<>(List.of("ingest", dir.toString()));
        arguments.addAll(RealElasticsearch.argumentsFor(RealElasticsearch.node()));
        CommandRun run = CommandRun.of(arguments.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).as("standard output carries the summary alone")
                .singleElement().asString().startsWith("2 files in").contains("1 indexed", "1 failed");
        assertThat(run.err()).contains("failed: ingest-command-empty.txt: the file is empty");
        try (ElasticsearchClient client = ElasticsearchClients.forNode(RealElasticsearch.node())) {
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
            assertThat(indexed(client)).singleElement()
                    .satisfies(hit -> assertThat(hit.source().title()).isEqualTo("Harbour board approves a ferry terminal"));
        }
    }

    @Test
    void refusesADirectoryThatDoesNotExist() {
        CommandRun run = CommandRun.of("ingest", dir.resolve("missing").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing does not exist", "Usage: java -jar newsdesk.jar ingest");
    }

    private static List<Hit<ArticleDocument>> indexed(ElasticsearchClient client) throws IOException {
        return client.search(s -> s.index(Indices.ARTICLES).query(q -> q.term(t -> t.field("source").value(SOURCE))),
                ArticleDocument.class).hits().hits();
    }
}
