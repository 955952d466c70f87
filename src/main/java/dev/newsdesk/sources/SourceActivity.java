package dev.newsdesk.sources;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;

/**
 * What the index holds from each source: its articles, how many were published each of the last
 * {@value SourceHealth#DAYS} days, and how many came without a date. One request for all sources.
 */
@Component
class SourceActivity {

    private final ElasticsearchClient client;

    SourceActivity(ElasticsearchClient client) {
        this.client = client;
    }

    /** Per source id; a source with no article yet is absent. */
    Map<String, SourceHealth> of(Collection<String> sourceIds, LocalDate today) throws IOException {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        LocalDate first = today.minusDays(SourceHealth.DAYS - 1L);
        List<FieldValue> ids = sourceIds.stream().map(FieldValue::of).toList();
        var response = client.search(s -> s.index(Indices.ARTICLES).size(0)
                .query(q -> q.terms(t -> t.field(ArticleDocument.SOURCE_ID).terms(v -> v.value(ids))))
                .aggregations("sources", a -> a.terms(t -> t.field(ArticleDocument.SOURCE_ID).size(sourceIds.size()))
                        .aggregations("dated", d -> d.filter(f -> f.exists(e -> e.field(ArticleDocument.PUBLISHED))))
                        .aggregations("recent", r -> r.filter(f -> f.range(g -> g.date(d -> d.field(ArticleDocument.PUBLISHED)
                                        .gte(first.toString()).lte(today.toString()))))
                                .aggregations("days", d -> d.dateHistogram(h -> h.field(ArticleDocument.PUBLISHED)
                                        .calendarInterval(CalendarInterval.Day).minDocCount(1))))), Void.class);
        Map<String, SourceHealth> activity = new HashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("sources").sterms().buckets().array()) {
            long[] perDay = new long[SourceHealth.DAYS];
            var days = bucket.aggregations().get("recent").filter().aggregations().get("days").dateHistogram().buckets().array();
            for (DateHistogramBucket day : days) {
                LocalDate date = java.time.Instant.ofEpochMilli(day.key()).atZone(ZoneOffset.UTC).toLocalDate();
                int index = (int) (date.toEpochDay() - first.toEpochDay());
                if (index >= 0 && index < perDay.length) {
                    perDay[index] = day.docCount();
                }
            }
            long dated = bucket.aggregations().get("dated").filter().docCount();
            activity.put(bucket.key().stringValue(), new SourceHealth(bucket.docCount(), bucket.docCount() - dated, perDay, first));
        }
        return activity;
    }
}
