package dev.newsdesk.article;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.newsdesk.elasticsearch.Indices;

/** Reads single articles and their related articles through the articles alias. */
@Component
class Articles {

    static final int RELATED = 5;
    private final ElasticsearchClient client;

    Articles(ElasticsearchClient client) {
        this.client = client;
    }

    /** The article with this id, as stored (entity mention counts included). */
    StoredArticle find(String id) throws IOException {
        GetResponse<ArticleDocument> response = client.get(g -> g.index(Indices.ARTICLES).id(id), ArticleDocument.class);
        if (!response.found() || response.source() == null) {
            throw new ArticleNotFound(id);
        }
        return new StoredArticle(response.source().toArticle(id), response.source().mentions());
    }

    /** Articles about the same things: shared distinctive words in title and body, and shared entities. */
    List<RelatedArticle> related(String id) throws IOException {
        SearchResponse<Summary> response = client.search(s -> s.index(Indices.ARTICLES).size(RELATED)
                .source(src -> src.filter(f -> f.includes("title", "outlet", "published")))
                .query(q -> q.moreLikeThis(m -> m
                        .fields("title", "body", "people", "organizations", "places")
                        .like(l -> l.document(d -> d.index(Indices.ARTICLES).id(id)))
                        .minTermFreq(1)
                        .minDocFreq(1)
                        .maxQueryTerms(30)
                        .minimumShouldMatch("20%"))), Summary.class);
        return response.hits().hits().stream()
                .filter(hit -> hit.source() != null)
                .map(hit -> new RelatedArticle(hit.id(), hit.source().title(), hit.source().outlet(), hit.source().publishedDate()))
                .toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(String title, String outlet, String published) {

        LocalDate publishedDate() {
            return published == null || published.length() < 10 ? null : LocalDate.parse(published.substring(0, 10));
        }
    }

    /** An article with how often each entity is mentioned (empty when the indexer did not count). */
    record StoredArticle(Article article, java.util.Map<String, Integer> mentions) {
    }
}
