package dev.newsdesk.sources;

import java.time.Instant;
import java.util.List;

/** A source as the API shows it: what it follows, its schedule, its last fetch, and what the index holds from it. */
public record SourceView(String id, String url, SourceKind kind, String outlet, List<String> labels, int intervalMinutes,
        SourceState state, List<String> followed, Instant createdAt, Instant lastFetchedAt, String lastStatus, Instant nextFetchAt,
        long articles, List<Long> articlesPerDay, double datelessShare, boolean gap, boolean mostlyDateless,
        List<SourceError> errors) {

    static SourceView of(Source.Stored stored, SourceHealth health) {
        Source source = stored.source();
        return new SourceView(stored.id(), source.url(), source.kind(), source.outlet(), source.labels(), source.intervalMinutes(),
                source.state(), source.followed(), source.createdAt(), source.lastFetchedAt(), source.lastStatus(), source.nextFetchAt(),
                health.articles(), health.perDayList(), health.datelessShare(), health.gap(), health.mostlyDateless(), source.errors());
    }
}
