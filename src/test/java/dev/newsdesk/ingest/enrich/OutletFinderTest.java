package dev.newsdesk.ingest.enrich;

import static dev.newsdesk.ingest.enrich.Articles.layoutOf;
import static dev.newsdesk.ingest.enrich.Articles.metadata;
import static dev.newsdesk.ingest.enrich.Articles.page;
import static dev.newsdesk.ingest.enrich.Articles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

class OutletFinderTest {

    private static final OutletSignatures SIGNATURES = OutletSignatures.from(List.of(
            "Harbour Gazette | host | harbourgazette.example",
            "Harbour Gazette | text | told the Gazette",
            "Harbour Gazette | text | Why you can trust HG",
            "Harbour Gazette | text | @HarbourGazette",
            "Fjord Times     | text | told Fjord Times",
            "Reuters         | host | reuters.com",
            "AFP             | text | told AFP"));

    private final OutletFinder finder = new OutletFinder(SIGNATURES, WireServices.standard());

    private Attribution attributionOf(CleanedArticle article, Sidecar sidecar) {
        return finder.find(article, sidecar, layoutOf(article), article.paragraphs());
    }

    private Attribution attributionOf(CleanedArticle article) {
        return attributionOf(article, Sidecar.NONE);
    }

    @Test
    void takesSidecarOutletOverEverythingElse() {
        CleanedArticle article = page(metadata(null, "Site Name", null, null, null), "He told the Gazette so.");

        assertThat(attributionOf(article, new Sidecar(null, "Crawler Outlet", null, null)).outlet()).isEqualTo("Crawler Outlet");
    }

    @Test
    void takesSiteNameOverSignaturesInTheText() {
        CleanedArticle article = page(metadata(null, "Coastal Daily", null, null, null), "He told the Gazette so.");

        assertThat(attributionOf(article).outlet()).isEqualTo("Coastal Daily");
    }

    @Test
    void mapsHostAndItsSubdomainsToTheOutlet() {
        CleanedArticle article = page(metadata(null, null, null, null, "news.harbourgazette.example"), "Nothing to see.");

        assertThat(attributionOf(article).outlet()).isEqualTo("Harbour Gazette");
    }

    @Test
    void mapsSidecarUrlHostToTheOutlet() {
        Sidecar sidecar = new Sidecar("https://www.harbourgazette.example/2021/storm", null, null, null);

        assertThat(attributionOf(text("Nothing to see."), sidecar).outlet()).isEqualTo("Harbour Gazette");
    }

    @Test
    void findsSelfReferenceInTheText() {
        assertThat(attributionOf(text("Storm closes harbour", "\"We are ready,\" the mayor told the Gazette on Monday.")).outlet())
                .isEqualTo("Harbour Gazette");
    }

    @Test
    void findsTrustBadgeAndSocialHandle() {
        assertThat(attributionOf(text("Storm closes harbour", "Why you can trust HG")).outlet()).isEqualTo("Harbour Gazette");
        assertThat(attributionOf(text("Storm closes harbour", "Follow us on X @HarbourGazette.")).outlet()).isEqualTo("Harbour Gazette");
    }

    @Test
    void doesNotMatchASignatureInsideALongerWord() {
        assertThat(attributionOf(text("Storm closes harbour", "Follow @HarbourGazetteSports for scores.")).outlet())
                .isEqualTo(ArticleDocument.UNKNOWN_OUTLET);
    }

    @Test
    void takesOutletWithMostSignatures() {
        CleanedArticle article = text("She told Fjord Times last year it would close.", "The mayor told the Gazette on Monday.",
                "He told the Gazette the same.");

        assertThat(attributionOf(article).outlet()).isEqualTo("Harbour Gazette");
    }

    @Test
    void neverTakesWireServiceAsOutlet() {
        CleanedArticle article = page(metadata(null, "Reuters", null, null, null), "The mayor told AFP on Monday.");

        Attribution attribution = attributionOf(article);

        assertThat(attribution.outlet()).isEqualTo(ArticleDocument.UNKNOWN_OUTLET);
        assertThat(attribution.agency()).isEqualTo("Reuters");
    }

    @Test
    void takesAgencyFromDatelineWithItsUsualName() {
        CleanedArticle article = text("OSLO (Agence France-Presse) - The harbour reopened after a week of repairs, officials said.");

        assertThat(attributionOf(article)).isEqualTo(new Attribution(ArticleDocument.UNKNOWN_OUTLET, "AFP"));
    }

    @Test
    void takesAgencyFromAClosingCreditLine() {
        assertThat(attributionOf(text("Storm closes harbour", "The harbour closed on Monday, officials said.", "— Reuters")).agency())
                .isEqualTo("Reuters");
        assertThat(attributionOf(text("Storm closes harbour", "The harbour closed on Monday.", "With inputs from Associated Press")).agency())
                .isEqualTo("AP");
    }

    @Test
    void takesOutletNamedInTheDateline() {
        assertThat(attributionOf(text("OSLO (Fjord Times) - The harbour reopened after a week of repairs, officials said.")).outlet())
                .isEqualTo("Fjord Times");
    }

    @Test
    void keepsOutletAndAgencyApart() {
        CleanedArticle article = text("OSLO (Reuters) - The harbour reopened after repairs, the mayor told the Gazette.");

        assertThat(attributionOf(article)).isEqualTo(new Attribution("Harbour Gazette", "Reuters"));
    }

    @Test
    void ignoresPhotoCreditsAndSignaturesInCaptions() {
        CleanedArticle article = text("Storm closes harbour", "Boats in the harbour on Monday. (REUTERS)",
                "The mayor told AFP and the Gazette it would reopen. Photo: AFP");

        assertThat(attributionOf(article)).isEqualTo(new Attribution(ArticleDocument.UNKNOWN_OUTLET, null));
    }

    @Test
    void staysUnknownWhenNothingRevealsTheOutlet() {
        assertThat(attributionOf(text("Storm closes harbour", "The harbour closed on Monday, officials said.")).outlet())
                .isEqualTo(ArticleDocument.UNKNOWN_OUTLET);
    }

    @Test
    void readsExtraSignaturesFromAUsersFile(@TempDir Path directory) throws IOException {
        Path extra = Files.writeString(directory.resolve("my-outlets.txt"), "# mine\nValley Voice | text | told the Voice\n");
        OutletFinder extended = new OutletFinder(OutletSignatures.standardAnd(extra), WireServices.standard());
        CleanedArticle article = text("Storm closes harbour", "The mayor told the Voice on Monday that it would reopen.");

        assertThat(extended.find(article, Sidecar.NONE, layoutOf(article), article.paragraphs()).outlet()).isEqualTo("Valley Voice");
    }

    @Test
    void refusesAMissingSignaturesFileNamingIt(@TempDir Path directory) {
        Path missing = directory.resolve("missing-outlets.txt");

        assertThatThrownBy(() -> OutletSignatures.standardAnd(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void refusesAMalformedSignatureWithTheLineToFix() {
        assertThatThrownBy(() -> OutletSignatures.from(List.of("Valley Voice | told the Voice")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Valley Voice | told the Voice");
    }
}
