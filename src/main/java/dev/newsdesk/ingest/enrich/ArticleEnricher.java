package dev.newsdesk.ingest.enrich;

import java.util.List;
import java.util.Map;

import dev.newsdesk.article.Article;
import dev.newsdesk.ingest.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

/** STUB until the enrichment branch lands. */
public class ArticleEnricher {
    public Enrichment enrich(CleanedArticle article, Sidecar sidecar, String fileName) {
        String title = sidecar.title() != null ? sidecar.title() : article.paragraphs().isEmpty() ? fileName : article.paragraphs().get(0);
        return new Enrichment(title, sidecar.outlet() != null ? sidecar.outlet() : Article.UNKNOWN_OUTLET, null, null, null,
                List.of(), List.of(), List.of(), Map.of());
    }
}
