package dev.newsdesk.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;

/**
 * The publication-date histogram with an interval that suits the span of the results, at most {@link #MAX_BUCKETS}
 * bars. The main search asks for monthly counts and the first and last date; months are merged into quarters,
 * years, ... in Java. Only when everything falls within a few months is a second, finer request made.
 */
final class Timeline {

    static final int MAX_BUCKETS = 24;
    static final String NAME = "timeline";
    private static final int DAILY_UP_TO_DAYS = 45;
    private static final int WEEKLY_UP_TO_DAYS = 200;
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final int[] MONTHS_PER_BUCKET = {1, 3, 6, 12, 24, 60, 120, 600};

    private Timeline() {
    }

    /** The aggregation to add to the main search, counting the documents that {@code filter} keeps. */
    static Aggregation aggregation(Query filter) {
        return Aggregation.of(a -> a.filter(filter)
                .aggregations("first", f -> f.min(m -> m.field(ArticleDocument.PUBLISHED)))
                .aggregations("last", f -> f.max(m -> m.field(ArticleDocument.PUBLISHED)))
                .aggregations("months", h -> h.dateHistogram(d -> d.field(ArticleDocument.PUBLISHED)
                        .calendarInterval(CalendarInterval.Month).minDocCount(1))));
    }

    /** Reads the buckets; {@code query} and {@code filter} are reused if a finer second request is needed. */
    static Result read(Aggregate timeline, SearchCriteria criteria, ElasticsearchClient client, Query query, Query filter) throws IOException {
        Map<String, Aggregate> parts = timeline.filter().aggregations();
        // No dated hit, no timeline: min and max of no value read as 0 (1970-01-01) in the client, so the monthly
        // buckets (at least one article each) decide.
        if (timeline.filter().docCount() == 0 || parts.get("months").dateHistogram().buckets().array().isEmpty()) {
            return new Result(List.of(), "month");
        }
        LocalDate first = day((long) parts.get("first").min().value());
        LocalDate last = day((long) parts.get("last").max().value());
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days <= WEEKLY_UP_TO_DAYS) {
            boolean daily = days <= DAILY_UP_TO_DAYS;
            Map<LocalDate, Long> counts = fine(client, query, filter, daily ? CalendarInterval.Day : CalendarInterval.Week);
            LocalDate start = daily ? first : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            List<DateBucket> buckets = new ArrayList<>();
            for (LocalDate day = start; !day.isAfter(last); day = daily ? day.plusDays(1) : day.plusWeeks(1)) {
                LocalDate end = daily ? day : day.plusDays(6);
                buckets.add(bucket(criteria, day, end, counts.getOrDefault(day, 0L)));
            }
            return new Result(buckets, daily ? "day" : "week");
        }
        int firstMonth = monthIndex(first);
        int lastMonth = monthIndex(last);
        long[] months = new long[lastMonth - firstMonth + 1];
        for (DateHistogramBucket bucket : parts.get("months").dateHistogram().buckets().array()) {
            months[monthIndex(day(bucket.key())) - firstMonth] += bucket.docCount();
        }
        int width = MONTHS_PER_BUCKET[MONTHS_PER_BUCKET.length - 1];
        for (int candidate : MONTHS_PER_BUCKET) {
            if (lastMonth / candidate - firstMonth / candidate + 1 <= MAX_BUCKETS) {
                width = candidate;
                break;
            }
        }
        List<DateBucket> buckets = new ArrayList<>();
        for (int start = firstMonth / width * width; start <= lastMonth; start += width) {
            long count = 0;
            for (int month = Math.max(start, firstMonth); month < start + width && month <= lastMonth; month++) {
                count += months[month - firstMonth];
            }
            LocalDate startDate = monthStart(start);
            buckets.add(bucket(criteria, startDate, monthStart(start + width).minusDays(1), count));
        }
        return new Result(buckets, switch (width) {
            case 1 -> "month";
            case 3 -> "quarter";
            case 6 -> "half-year";
            case 12 -> "year";
            default -> (width / 12) + " years";
        });
    }

    private static Map<LocalDate, Long> fine(ElasticsearchClient client, Query query, Query filter, CalendarInterval interval) throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(Indices.ARTICLES).allowPartialSearchResults(false).size(0).query(query)
                .aggregations(NAME, a -> a.filter(filter).aggregations(NAME, h -> h.dateHistogram(d -> d.field(ArticleDocument.PUBLISHED)
                        .calendarInterval(interval).minDocCount(1)))), Void.class);
        Map<LocalDate, Long> counts = new HashMap<>();
        for (DateHistogramBucket bucket : response.aggregations().get(NAME).filter().aggregations().get(NAME).dateHistogram().buckets().array()) {
            counts.put(day(bucket.key()), bucket.docCount());
        }
        return counts;
    }

    /** The day of a date Elasticsearch returns as epoch milliseconds (dates are stored and bucketed in UTC). */
    private static LocalDate day(long epochMillis) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY));
    }

    private static DateBucket bucket(SearchCriteria criteria, LocalDate start, LocalDate end, long count) {
        boolean selected = criteria.hasDateRange()
                && (criteria.from() == null || !end.isBefore(criteria.from()))
                && (criteria.to() == null || !start.isAfter(criteria.to()));
        return new DateBucket(start, end, count, selected);
    }

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    private static LocalDate monthStart(int index) {
        return LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
    }

    /** The bars and the name of the interval each covers ("day", "week", "month", "quarter", "year", ...). */
    record Result(List<DateBucket> buckets, String interval) {
    }
}
