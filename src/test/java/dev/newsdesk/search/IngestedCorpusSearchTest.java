package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.ingest.FileResult;
import dev.newsdesk.ingest.IngestProgress;
import dev.newsdesk.ingest.IngestReport;
import dev.newsdesk.ingest.Ingester;

/** Search over what the real indexer makes of the seeds and of a generated corpus, not over hand-made documents. */
@NewsdeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestedCorpusSearchTest {

    private static final int GENERATED = 300;

    @Autowired
    Ingester ingester;
    @Autowired
    ArticleSearch search;
    @Autowired
    ElasticsearchClient client;

    private final List<String> ingestedIds = new ArrayList<>();

    @BeforeAll
    void ingestSeedsAndAGeneratedCorpus() throws IOException {
        Path corpus = Files.createTempDirectory("newsdesk-search-corpus");
        new CorpusGenerator(7).write(corpus, GENERATED);
        IngestReport report = ingester.ingest(List.of(Path.of("seeds"), corpus), IngestProgress.SILENT);
        assertThat(report.failures()).isEmpty();
        report.files().stream().map(FileResult::id).filter(Objects::nonNull).forEach(ingestedIds::add);
    }

    @AfterAll
    void removeTheIngestedArticles() throws IOException {
        for (String id : ingestedIds) {
            client.delete(d -> d.index(Indices.ARTICLES).id(id));
        }
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
    }

    @Test
    void findsTheSeedsThroughStemmingAndSynonyms() throws IOException {
        assertThat(titles("blinken visits")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(titles("\"united states\" blinken")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void facetsOfTheIndexedSeedsHoldTheirNormalizedEntities() throws IOException {
        SearchResults results = search.search(SearchCriteria.everything().withQuery("blinken hanoi"));
        assertThat(results.facet(Facet.PERSON)).extracting(FacetValue::value).contains("Antony Blinken").doesNotContain("Blinken");
        assertThat(results.facet(Facet.OUTLET)).extracting(FacetValue::value).contains("VOA", "South China Morning Post", "Aaj News");
        assertThat(results.facet(Facet.AGENCY)).extracting(FacetValue::value).contains("AFP");
    }

    @Test
    void everyFacetCountEqualsTheHitsAfterSelectingItOnTheGeneratedCorpus() throws IOException {
        SearchCriteria base = SearchCriteria.everything();
        SearchCriteria allOpen = base;
        for (Facet facet : Facet.values()) {
            allOpen = allOpen.withExpanded(facet, true);
        }
        SearchResults results = search.search(allOpen);
        assertThat(results.facet(Facet.PERSON)).hasSizeGreaterThan(ArticleSearch.FACET_TOP);
        int checked = 0;
        for (Facet facet : Facet.values()) {
            for (FacetValue value : results.facet(facet)) {
                long hits = search.search(base.withSelected(facet, value.value())).total();
                assertThat(hits).as("%s = %s", facet, value.value()).isEqualTo(value.count());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
        for (DateBucket bucket : results.timeline()) {
            assertThat(search.search(base.withDates(bucket.start(), bucket.end())).total()).as("%s", bucket).isEqualTo(bucket.count());
        }
    }

    private List<String> titles(String query) throws IOException {
        return search.search(SearchCriteria.everything().withQuery(query).withSize(50)).hits().stream().map(ResultHit::title).toList();
    }
}
