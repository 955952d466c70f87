package dev.newsdesk.search;

import java.io.IOException;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.PhraseSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import dev.newsdesk.elasticsearch.Indices;

/**
 * Spelling corrections from Elasticsearch's phrase suggester on the folded body text. A correction is offered only
 * if it finds articles, so the link never leads to nothing (checked with a count, since the collate option needs
 * the mustache module that minimal distributions leave out).
 */
@Component
class DidYouMean {

    private static final String NAME = "did_you_mean";
    private static final int CANDIDATES = 3;

    private final ElasticsearchClient client;

    DidYouMean(ElasticsearchClient client) {
        this.client = client;
    }

    SearchResults.Suggestion suggest(String typed) throws IOException {
        String words = QueryText.of(typed).positiveWords();
        if (words.isBlank()) {
            return null;
        }
        SearchResponse<Void> response = client.search(s -> s
                .index(Indices.ARTICLES)
                .size(0)
                .suggest(suggest -> suggest.text(words).suggesters(NAME, f -> f.phrase(p -> p
                        .field("body.suggest")
                        .size(CANDIDATES)
                        .maxErrors(2.0)
                        .confidence(0.0)
                        .directGenerator(g -> g.field("body.suggest").suggestMode(co.elastic.clients.elasticsearch._types.SuggestMode.Always).minWordLength(3))
                        .highlight(h -> h.preTag(Snippets.PRE_TAG).postTag(Snippets.POST_TAG))))), Void.class);
        for (Suggestion<Void> suggestion : response.suggest().getOrDefault(NAME, java.util.List.of())) {
            for (PhraseSuggestOption option : suggestion.phrase().options()) {
                if (!option.text().equalsIgnoreCase(words) && findsSomething(option.text())) {
                    return new SearchResults.Suggestion(option.text(), Snippets.parts(option.highlighted() == null ? option.text() : option.highlighted()));
                }
            }
        }
        return null;
    }

    private boolean findsSomething(String query) throws IOException {
        return client.count(c -> c.index(Indices.ARTICLES).query(RelevanceQuery.textQuery(QueryText.of(query)))).count() > 0;
    }
}
