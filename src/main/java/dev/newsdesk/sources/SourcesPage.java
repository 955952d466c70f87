package dev.newsdesk.sources;

import java.time.Instant;
import java.util.List;

import dev.newsdesk.web.DisplayDates;

/** The admin's sources page: a row per source with its schedule, last fetch, flags and chart; the OPML import's report. */
public record SourcesPage(List<Row> rows, int defaultIntervalMinutes, ImportReport imported) {

    static SourcesPage of(List<SourceView> sources, List<ActivityChart> charts, int defaultIntervalMinutes, ImportReport imported) {
        List<Row> rows = new java.util.ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            rows.add(Row.of(sources.get(i), charts.get(i)));
        }
        return new SourcesPage(rows, defaultIntervalMinutes, imported);
    }

    /** One source as the page shows it. */
    public record Row(String id, String url, String kind, String outlet, String labels, boolean paused, String interval,
            String lastFetched, String lastStatus, String nextFetch, long articles, String datelessPercent, boolean gap,
            boolean mostlyDateless, List<SourceError> errors, ActivityChart chart) {

        /** Errors a row lists; the API gives all {@value Source#KEPT_ERRORS}. */
        static final int SHOWN_ERRORS = 3;

        static Row of(SourceView source, ActivityChart chart) {
            return new Row(source.id(), source.url(), source.kind().parameter(), source.outlet() == null ? "(inferred)" : source.outlet(),
                    String.join(", ", source.labels()), source.state() == SourceState.PAUSED,
                    "at most every " + source.intervalMinutes() + " min", when(source.lastFetchedAt(), "not yet"),
                    source.lastStatus() == null ? "" : source.lastStatus(),
                    source.state() == SourceState.PAUSED ? "paused" : when(source.nextFetchAt(), "now"), source.articles(),
                    Math.round(source.datelessShare() * 100) + "%", source.gap(), source.mostlyDateless(),
                    source.errors().subList(0, Math.min(SHOWN_ERRORS, source.errors().size())), chart);
        }

        private static String when(Instant instant, String none) {
            return instant == null ? none : DisplayDates.moment(instant);
        }
    }
}
