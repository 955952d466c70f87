package dev.newsdesk.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import dev.newsdesk.benchmark.PreEnrichedDocuments;
import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.corpus.GeneratedArticle;
import dev.newsdesk.elasticsearch.IndexSetup;
import dev.newsdesk.elasticsearch.IndexVersions;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.ingest.IngestProgress;
import dev.newsdesk.ingest.IngestReport;
import dev.newsdesk.ingest.Ingester;

/** The admin node's articles, made up for a test: a fresh start, generated files ingested for real, or generated documents indexed directly. */
final class AdminFixture {

    private final ElasticsearchClient client;
    private final IndexSetup indexSetup;
    private final Ingester ingester;
    private final IndexVersions versions;

    AdminFixture(ElasticsearchClient client, IndexSetup indexSetup, Ingester ingester) {
        this.client = client;
        this.indexSetup = indexSetup;
        this.ingester = ingester;
        this.versions = new IndexVersions(client);
    }

    /** Deletes every article version, job and remembered path, and sets the indices up again as a first start does. */
    void startFresh() throws IOException {
        for (String alias : List.of(Indices.ARTICLES, Indices.REINDEX_JOBS, Indices.INGESTED_PATHS)) {
            for (var version : versions.list(alias)) {
                versions.delete(version.name());
            }
        }
        indexSetup.afterPropertiesSet();
        assertThat(serving()).isEqualTo(Indices.versioned(Indices.ARTICLES, 1));
    }

    /** Writes {@code count} generated article files into a new directory. */
    static Path generatedFiles(int count, long seed) throws IOException {
        Path directory = Files.createTempDirectory("newsdesk-admin-corpus");
        new CorpusGenerator(seed).write(directory, count);
        return directory;
    }

    /** Ingests the directory through the whole pipeline, as {@code ingest DIR} does: it is remembered for a reindex from the files. */
    IngestReport ingest(Path directory) {
        IngestReport report = ingester.ingest(List.of(directory), IngestProgress.SILENT);
        assertThat(report.failures()).isEmpty();
        return report;
    }

    /** Writes small article files, each naming {@code word}, to be ingested while a job runs. */
    static Path articlesNaming(String word, int count) throws IOException {
        Path directory = Files.createTempDirectory("newsdesk-admin-late");
        for (int i = 0; i < count; i++) {
            Files.writeString(directory.resolve(word + "-" + i + ".txt"), """
                    Harbour council approves the %s plan number %d

                    The Portvale harbour council on Tuesday approved the %s plan after a long debate about costs.
                    "This is a good day for the town," said the council's chair, Miriam Okafor, after the vote.
                    Work on the %s quay is expected to start in the spring and to last eighteen months.
                    """.formatted(word, i, word, word), StandardCharsets.UTF_8);
        }
        return directory;
    }

    /** Indexes {@code count} generated articles straight through the alias, as the indexer would make them, without NER. */
    void indexGenerated(int count, long seed) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(seed);
        Instant ingestedAt = Instant.parse("2026-01-01T00:00:00Z");
        for (int from = 0; from < count; from += 500) {
            List<BulkOperation> operations = new ArrayList<>();
            for (int index = from; index < Math.min(count, from + 500); index++) {
                GeneratedArticle article = generator.article(index);
                Map<String, Object> document = PreEnrichedDocuments.document(article, ingestedAt);
                operations.add(BulkOperation.of(b -> b.index(i -> i.id("generated-" + seed + "-" + article.index()).document(document))));
            }
            BulkResponse response = client.bulk(b -> b.index(Indices.ARTICLES).operations(operations));
            assertThat(response.errors()).as("bulk errors").isFalse();
        }
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
    }

    /** Articles searchable through the alias. */
    long total() throws IOException {
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
        return client.count(c -> c.index(Indices.ARTICLES)).count();
    }

    /** The index the alias points to. */
    String serving() throws IOException {
        return versions.current(Indices.ARTICLES);
    }

    boolean exists(String index) throws IOException {
        return versions.exists(index);
    }

    List<String> versionNames() throws IOException {
        return versions.list(Indices.ARTICLES).stream().map(v -> v.name()).toList();
    }
}
