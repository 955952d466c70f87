package dev.newsdesk.ingest.enrich;

import static dev.newsdesk.ingest.enrich.Articles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

class ArticleEnricherTest {

    private static final ArticleEnricher ENRICHER = new ArticleEnricher(Articles.TODAY, null);

    @Test
    void findsOutletAndDateInPageLinesTheCleanerRemoved() {
        CleanedArticle cleaned = text("Harbour reopens after storm", "The harbour of Bergen reopened after a week of repairs, officials said.");
        List<String> page = List.of("Menu", "Harbour reopens after storm", "Published March 3, 2021",
                "The harbour of Bergen reopened after a week of repairs, officials said.", "Follow us on X @VOANews");

        Enrichment enrichment = ENRICHER.enrich(cleaned, Sidecar.NONE, "bergen.txt", page);

        assertThat(enrichment.outlet()).isEqualTo("VOA");
        assertThat(enrichment.published()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void doesNotCountTheArticlesOwnAgencyAmongItsOrganizations() {
        CleanedArticle article = text("BERGEN (AFP): The harbour reopened on Monday, the mayor told AFP.",
                "Microsoft said its offices in the port were closed.");

        Enrichment enrichment = ENRICHER.enrich(article, Sidecar.NONE, "bergen.txt");

        assertThat(enrichment.agency()).isEqualTo("AFP");
        assertThat(enrichment.organizations()).contains("Microsoft").doesNotContain("AFP");
    }

    @Test
    void letsTheSidecarDecideWhatItKnows() {
        CleanedArticle article = text("Harbour reopens after storm", "Published March 3, 2021",
                "The harbour of Bergen reopened after a week of repairs, the mayor told VOA.");

        Enrichment enrichment = ENRICHER.enrich(article, new Sidecar("https://example.org/a", "Bergen Post", "2021-03-04", "Bergen harbour reopens"),
                "bergen.txt");

        assertThat(enrichment.title()).isEqualTo("Bergen harbour reopens");
        assertThat(enrichment.outlet()).isEqualTo("Bergen Post");
        assertThat(enrichment.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(enrichment.publishedRule()).isEqualTo("sidecar");
    }
}
