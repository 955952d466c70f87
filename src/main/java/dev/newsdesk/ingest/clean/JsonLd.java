package dev.newsdesk.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The article objects of a page's JSON-LD scripts (NewsArticle, Article, BlogPosting, ...); broken scripts are skipped. */
final class JsonLd {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** Objects nested deeper than this are not what a page says about itself. */
    private static final int DEEPEST_ARTICLE = 6;

    private final List<JsonNode> articles;

    private JsonLd(List<JsonNode> articles) {
        this.articles = articles;
    }

    static JsonLd of(Document document) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = LENIENT.readTree(script.data());
            } catch (JacksonException broken) {
                continue;
            }
            collectArticles(root, articles);
        }
        return new JsonLd(articles);
    }

    private static void collectArticles(JsonNode root, List<JsonNode> articles) {
        record Pending(JsonNode node, int depth) {
        }
        Deque<Pending> pending = new ArrayDeque<>();
        pending.add(new Pending(root, 0));
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            JsonNode node = next.node();
            if (node == null || next.depth() > DEEPEST_ARTICLE) {
                continue;
            }
            if (node.isArray()) {
                node.values().forEach(child -> pending.add(new Pending(child, next.depth() + 1)));
            } else if (node.isObject()) {
                if (isArticle(node.get("@type"))) {
                    articles.add(node);
                }
                pending.add(new Pending(node.get("@graph"), next.depth() + 1));
                pending.add(new Pending(node.get("mainEntity"), next.depth() + 1));
            }
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type.values()) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.isString() ? type.stringValue().toLowerCase(Locale.ROOT) : "";
        // NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, LiveBlogPosting, ...
        return name.endsWith("article") || name.endsWith("posting");
    }

    /** Every datePublished the page's articles state, first article first. */
    List<String> datesPublished() {
        List<String> dates = new ArrayList<>();
        for (JsonNode article : articles) {
            String date = text(article.get("datePublished"));
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The publisher's name (publisher may be an object, a list of them, or a plain string). */
    String publisherName() {
        for (JsonNode article : articles) {
            JsonNode publisher = article.get("publisher");
            if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                publisher = publisher.get(0);
            }
            String name = publisher == null ? null : publisher.isObject() ? text(publisher.get("name")) : text(publisher);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = Lines.normalize(node.stringValue());
        return value.isEmpty() ? null : value;
    }
}
