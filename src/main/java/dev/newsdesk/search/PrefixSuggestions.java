package dev.newsdesk.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.Indices;

/**
 * Suggestions while typing: article titles and entity names whose words start with what was typed, from the
 * edge-n-gram {@code .prefix} subfields. One request; the search box works without them.
 */
@Component
class PrefixSuggestions {

    static final int MIN_PREFIX = 2;
    static final int TITLES = 5;
    static final int ENTITIES = 6;
    private static final List<Facet> ENTITY_FACETS = List.of(Facet.PERSON, Facet.ORGANIZATION, Facet.PLACE);

    private final ElasticsearchClient client;

    PrefixSuggestions(ElasticsearchClient client) {
        this.client = client;
    }

    Suggestions suggest(String typed) throws IOException {
        String prefix = typed == null ? "" : typed.strip();
        if (prefix.length() < MIN_PREFIX || prefix.length() > SearchParameters.MAX_QUERY_LENGTH) {
            return new Suggestions(List.of(), List.of());
        }
        Query titles = prefixMatch("title.prefix", prefix);
        SearchResponse<TitleOnly> response = client.search(s -> {
            s.index(Indices.ARTICLES).size(TITLES)
                    .source(src -> src.filter(f -> f.includes("title")))
                    .query(q -> q.bool(b -> {
                        b.should(titles);
                        ENTITY_FACETS.forEach(facet -> b.should(prefixMatch(facet.field() + ".prefix", prefix)));
                        return b.minimumShouldMatch("1");
                    }))
                    .postFilter(titles);
            ENTITY_FACETS.forEach(facet -> s.aggregations(facet.parameter(), a -> a
                    .filter(prefixMatch(facet.field() + ".prefix", prefix))
                    .aggregations("names", t -> t.terms(terms -> terms.field(facet.field()).size(30)))));
            return s;
        }, TitleOnly.class);
        List<TitleSuggestion> titleSuggestions = new ArrayList<>();
        for (Hit<TitleOnly> hit : response.hits().hits()) {
            if (hit.source() != null && hit.source().title() != null) {
                titleSuggestions.add(new TitleSuggestion(hit.id(), hit.source().title(), SearchLinks.article(hit.id())));
            }
        }
        List<String> words = words(prefix);
        List<EntitySuggestion> entities = new ArrayList<>();
        for (Facet facet : ENTITY_FACETS) {
            List<StringTermsBucket> buckets = response.aggregations().get(facet.parameter()).filter().aggregations().get("names").sterms().buckets().array();
            for (StringTermsBucket bucket : buckets) {
                String name = bucket.key().stringValue();
                if (startsWords(name, words)) {
                    entities.add(new EntitySuggestion(facet.parameter(), facet.singularLabel(), name, bucket.docCount(), SearchLinks.forValue(facet, name)));
                }
            }
        }
        entities.sort((a, b) -> Long.compare(b.count(), a.count()));
        return new Suggestions(titleSuggestions, entities.subList(0, Math.min(ENTITIES, entities.size())));
    }

    private static Query prefixMatch(String field, String prefix) {
        return Query.of(q -> q.match(m -> m.field(field).query(prefix).operator(Operator.And)));
    }

    /** True if every typed word begins some word of the name, ignoring case and accents. */
    static boolean startsWords(String name, List<String> typedWords) {
        List<String> nameWords = words(name);
        return typedWords.stream().allMatch(typed -> nameWords.stream().anyMatch(word -> word.startsWith(typed)));
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    record TitleOnly(String title) {
    }

    record Suggestions(List<TitleSuggestion> titles, List<EntitySuggestion> entities) {
    }

    record TitleSuggestion(String id, String title, String url) {
    }

    record EntitySuggestion(String facet, String label, String value, long count, String url) {
    }
}
