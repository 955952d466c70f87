package dev.newsdesk.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;

/** Reads single articles and their related articles through the articles alias. */
@Component
class Articles {

    static final int RELATED = 5;
    /** Elasticsearch refuses ids longer than this many bytes, so no stored article can have one. */
    static final int MAX_ID_BYTES = 512;
    private final ElasticsearchClient client;

    Articles(ElasticsearchClient client) {
        this.client = client;
    }

    /** The article with this id, as stored (entity mention counts included). */
    StoredArticle find(String id) throws IOException {
        if (!canExist(id)) {
            throw new ArticleNotFound(id);
        }
        GetResponse<ArticleDocument> response = client.get(g -> g.index(Indices.ARTICLES).id(id), ArticleDocument.class);
        if (!response.found() || response.source() == null) {
            throw new ArticleNotFound(id);
        }
        return new StoredArticle(id, response.source());
    }

    private static boolean canExist(String id) {
        return !id.isBlank() && id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES;
    }

    /** Articles about the same things: shared distinctive words in title and body, and shared entities; only title, outlet and date are read. */
    List<StoredArticle> related(String id) throws IOException {
        SearchResponse<ArticleDocument> response = client.search(s -> s.index(Indices.ARTICLES).size(RELATED)
                .source(src -> src.filter(f -> f.includes(ArticleDocument.TITLE, ArticleDocument.OUTLET, ArticleDocument.PUBLISHED)))
                .query(q -> q.moreLikeThis(m -> m
                        .fields(ArticleDocument.TITLE, ArticleDocument.BODY,
                                ArticleDocument.PEOPLE, ArticleDocument.ORGANIZATIONS, ArticleDocument.PLACES)
                        .like(l -> l.document(d -> d.index(Indices.ARTICLES).id(id)))
                        .minTermFreq(1)
                        .minDocFreq(1)
                        .maxQueryTerms(30)
                        .minimumShouldMatch("20%"))), ArticleDocument.class);
        return response.hits().hits().stream()
                .filter(hit -> hit.source() != null)
                .map(hit -> new StoredArticle(hit.id(), hit.source()))
                .toList();
    }
}
