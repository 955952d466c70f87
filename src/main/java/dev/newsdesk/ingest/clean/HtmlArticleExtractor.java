package dev.newsdesk.ingest.clean;

import java.util.List;

import org.jsoup.Jsoup;

/** STUB until the cleaning branch lands. */
public class HtmlArticleExtractor {
    public CleanedArticle extract(byte[] html, String baseUri) {
        var doc = Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8), baseUri == null ? "" : baseUri);
        return new CleanedArticle(doc.select("p").eachText(), new PageMetadata(doc.title(), null, null, null, null, List.of()));
    }
}
