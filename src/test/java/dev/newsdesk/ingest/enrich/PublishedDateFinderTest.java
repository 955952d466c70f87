package dev.newsdesk.ingest.enrich;

import static dev.newsdesk.ingest.enrich.Articles.layoutOf;
import static dev.newsdesk.ingest.enrich.Articles.metadata;
import static dev.newsdesk.ingest.enrich.Articles.page;
import static dev.newsdesk.ingest.enrich.Articles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

class PublishedDateFinderTest {

    private final PublishedDateFinder finder = new PublishedDateFinder(Articles.TODAY);

    private PublishedDate dateOf(CleanedArticle article, Sidecar sidecar) {
        return finder.find(article, sidecar, layoutOf(article), article.paragraphs());
    }

    private PublishedDate dateOf(CleanedArticle article) {
        return dateOf(article, Sidecar.NONE);
    }

    @Test
    void takesSidecarDateOverEverythingElse() {
        CleanedArticle article = page(metadata(null, null, null, null, null, "2020-01-02T08:00:00Z"), "Published March 3, 2021");

        assertThat(dateOf(article, new Sidecar(null, null, "2019-05-06", null)))
                .isEqualTo(new PublishedDate(LocalDate.of(2019, 5, 6), "sidecar"));
    }

    @Test
    void takesPageMetadataInTheDateWrittenByThePublisher() {
        CleanedArticle article = page(metadata(null, null, null, null, null, "2020-01-02T23:30:00-05:00"), "Published March 3, 2021");

        assertThat(dateOf(article)).isEqualTo(new PublishedDate(LocalDate.of(2020, 1, 2), "page-metadata"));
    }

    @Test
    void readsPublishedLine() {
        CleanedArticle article = text("Harbour reopens after storm", "Published: 3 March 2021",
                "The harbour reopened on Tuesday after a week of repairs, officials said.");

        assertThat(dateOf(article)).isEqualTo(new PublishedDate(LocalDate.of(2021, 3, 3), "published-line"));
    }

    @Test
    void prefersPublishedLineOverUpdatedLine() {
        CleanedArticle article = text("Harbour reopens after storm", "Updated March 5, 2021", "Published March 3, 2021",
                "The harbour reopened on Tuesday after a week of repairs, officials said.");

        assertThat(dateOf(article).date()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void readsLineThatIsOnlyADateAboveTheLede() {
        CleanedArticle article = text("Harbour reopens after storm", "Wednesday, March 3, 2021 10:32 AM CET",
                "The harbour reopened on Tuesday after a week of repairs, officials said.");

        assertThat(dateOf(article)).isEqualTo(new PublishedDate(LocalDate.of(2021, 3, 3), "date-line"));
    }

    @Test
    void ignoresLinesThatAreOnlyADateBelowTheLede() {
        CleanedArticle article = text("Harbour reopens after storm",
                "The harbour reopened on Tuesday after a week of repairs, officials said.", "Related: Storm warning", "March 1, 2021");

        assertThat(dateOf(article)).isEqualTo(PublishedDate.UNKNOWN);
    }

    @Test
    void readsDateInDateline() {
        CleanedArticle article = text("OSLO, March 3 (Reuters) - The harbour reopened after a week of repairs, officials said.");

        assertThat(dateOf(article)).isEqualTo(new PublishedDate(LocalDate.of(2026, 3, 3), "dateline"));
    }

    @Test
    void takesWeekdayDateInMostRecentMatchingYear() {
        // June 2, 2026 was a Tuesday, and is before today.
        CleanedArticle article = text("LIMA (AFP): The envoy arrived in Peru Tuesday (June 2) to talk about trade and fishing rights.");

        assertThat(dateOf(article)).isEqualTo(new PublishedDate(LocalDate.of(2026, 6, 2), "weekday-without-year"));
    }

    @Test
    void takesWeekdayDateInAnEarlierYearWhenThisYearsDayIsAnotherWeekday() {
        // June 2 is a Tuesday in 2026, a Friday in 2023, and a Thursday in 2022: 2022 is the latest matching Thursday.
        CleanedArticle article = text("LIMA (AFP): The envoy arrived in Peru Thursday (June 2) to talk about trade and fishing rights.");

        assertThat(dateOf(article).date()).isEqualTo(LocalDate.of(2022, 6, 2));
    }

    @Test
    void neverTakesAWeekdayDateAfterToday() {
        // December 25 is a Friday in 2026, but that is after today (November 22, 2026); the last Friday Christmas was 2020.
        CleanedArticle article = text("BERN: Shops will stay open on Friday (December 25) for the first time, the city council said.");

        assertThat(dateOf(article).date()).isEqualTo(LocalDate.of(2020, 12, 25));
    }

    @Test
    void ignoresDatesInFilePhotoCaptions() {
        // March 3, 2021 was a Wednesday, the weekday the lede reports: only the FILE label tells the photo is of another day.
        CleanedArticle article = text("Envoy to visit Peru",
                "FILE - The envoy speaks at a news conference in Lima, Peru, March 3, 2021.",
                "The envoy said on Wednesday she will visit Peru this week to talk about trade.");

        assertThat(dateOf(article)).isEqualTo(PublishedDate.UNKNOWN);
    }

    @Test
    void ignoresDatesOfOtherEventsInTheBody() {
        CleanedArticle article = text("Envoy to visit Peru",
                "The envoy will visit Peru this week to talk about trade, officials said.",
                "She heads to Chile on June 4, after a call between the two presidents on Monday, May 30, 2022.");

        assertThat(dateOf(article)).isEqualTo(PublishedDate.UNKNOWN);
    }

    @Test
    void takesDateOfAStoryPhotoTakenOnTheWeekdayTheLedeReports() {
        // March 6, 2021 was a Saturday.
        CleanedArticle article = text("Envoy and minister meet in Lima",
                "The envoy greets the minister in Lima on March 6, 2021. Photo: AFP",
                "The envoy on Saturday told Peru's leaders that the time had come to deepen trade ties.");

        assertThat(dateOf(article)).isEqualTo(new PublishedDate(LocalDate.of(2021, 3, 6), "photo-caption"));
    }

    @Test
    void ignoresStoryPhotoDatedOnAnotherDayThanTheLedeReports() {
        CleanedArticle article = text("Envoy and minister meet in Lima",
                "The envoy greets the minister in Lima on March 6, 2021. Photo: AFP",
                "The envoy on Monday told Peru's leaders that the time had come to deepen trade ties.");

        assertThat(dateOf(article)).isEqualTo(PublishedDate.UNKNOWN);
    }
}
