package dev.newsdesk.corpus;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an article as a whole saved web page: metadata in the head (og:title, og:site_name, article:published_time,
 * JSON-LD), and around the article the furniture extractors must drop: scripts, styles, navigation, cookie banner,
 * ad slots, share bar, repeated photo caption, inline "read more" links, related and most-read lists, newsletter
 * form, footer. Three page layouts with different class names, so no extractor can key on one.
 */
final class HtmlPageRenderer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter VISIBLE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final String[] SECTIONS = {"World", "Politics", "Business", "Asia", "Europe", "Africa", "Americas", "Opinion", "Sport", "Climate"};
    private static final String[][] LAYOUTS = {
            // page wrapper, article element, headline class, body class
            {"<main id=\"main\">", "article class=\"story\"", "headline", "story-body"},
            {"<div id=\"content\" class=\"page\">", "div class=\"article-wrapper\"", "article-title", "article-text"},
            {"<div class=\"container\">", "section class=\"post\"", "entry-title", "entry-content"},
    };

    private final CorpusVocabulary vocabulary;

    HtmlPageRenderer(CorpusVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String render(GeneratedArticle article, SplittableRandom random) {
        PageCruft cruft = new PageCruft(vocabulary, article, random);
        String[] layout = LAYOUTS[random.nextInt(LAYOUTS.length)];
        StringBuilder out = new StringBuilder(article.body().length() * 2 + 4096);
        head(out, article, random);
        out.append("<body class=\"article-page\">\n");
        if (random.nextDouble() < 0.6) {
            out.append("<div id=\"cookie-banner\" class=\"cookie-consent\">We use cookies to improve your experience. "
                    + "<button>Accept all</button> <a href=\"/privacy\">Manage preferences</a></div>\n");
        }
        siteHeader(out, article, random);
        if (random.nextDouble() < 0.7) {
            adSlot(out, "ad-leaderboard", random);
        }
        String wrapper = layout[0];
        String articleTag = layout[1];
        out.append(wrapper).append('\n');
        out.append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/")
                .append(SECTIONS[random.nextInt(SECTIONS.length)].toLowerCase(Locale.ROOT)).append("\">")
                .append(SECTIONS[random.nextInt(SECTIONS.length)]).append("</a></nav>\n");
        out.append('<').append(articleTag).append(">\n");
        out.append("<h1 class=\"").append(layout[2]).append("\">").append(escape(article.title())).append("</h1>\n");
        byline(out, article, random);
        shareBar(out, article, random);
        String caption = random.nextDouble() < 0.6 ? cruft.photoCaption() : null;
        if (caption != null) {
            out.append("<figure class=\"lead-image\"><img src=\"/images/").append(article.index()).append(".jpg\" alt=\"\">")
                    .append("<figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        }
        out.append("<div class=\"").append(layout[3]).append("\">\n");
        if (!article.summary().isEmpty()) {
            out.append("<ul class=\"summary\">\n");
            for (String bullet : article.summary()) {
                out.append("<li>").append(escape(bullet)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        List<GeneratedArticle.Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            GeneratedArticle.Block block = blocks.get(i);
            if (block.subheading()) {
                out.append("<h2>").append(escape(block.text())).append("</h2>\n");
            } else {
                out.append("<p>").append(escape(block.text())).append("</p>\n");
            }
            if (i == 1 && caption != null && random.nextDouble() < 0.3) {
                out.append("<p class=\"caption\">").append(escape(caption)).append("</p>\n");
            }
            if (i % 4 == 2 && random.nextDouble() < 0.5) {
                adSlot(out, "ad-inline", random);
            }
            if (i == 3 && random.nextDouble() < 0.3) {
                out.append("<p class=\"read-more\"><strong>Read more:</strong> <a href=\"/news/").append(random.nextInt(1_000_000))
                        .append("\">").append(escape(otherHeadline(random))).append("</a></p>\n");
            }
        }
        out.append("</div>\n");
        if (random.nextDouble() < 0.5) {
            shareBar(out, article, random);
        }
        if (random.nextDouble() < 0.8) {
            storyList(out, "aside class=\"related-articles\"", "Related stories", "ul", 4, random);
        }
        out.append("</").append(articleTag.substring(0, articleTag.indexOf(' '))).append(">\n");
        if (random.nextDouble() < 0.7) {
            storyList(out, "aside class=\"sidebar most-read\" role=\"complementary\"", "Most read", "ol", 5, random);
        }
        out.append(wrapper.startsWith("<main") ? "</main>\n" : "</div>\n");
        if (random.nextDouble() < 0.6) {
            out.append("<form class=\"newsletter-signup\" action=\"/subscribe\"><h3>").append(escape(cruft.line("prompt")))
                    .append("</h3><input type=\"email\" name=\"email\" placeholder=\"Your email\"><button type=\"submit\">Subscribe</button></form>\n");
        }
        footer(out, article);
        out.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({\"event\":\"article_view\",\"id\":")
                .append(article.index()).append("});</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void head(StringBuilder out, GeneratedArticle article, SplittableRandom random) {
        String timestamp = random.nextBoolean() ? article.published().toInstant().toString() : article.published().toString();
        boolean noDateAtAll = random.nextDouble() < 0.1;
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(article.title())).append(random.nextBoolean() ? " | " : " - ")
                .append(escape(article.outlet().name())).append("</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(article.title())).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:url\" content=\"").append(escape(article.url())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(escape(article.url())).append("\">\n");
        if (random.nextDouble() < 0.8) {
            out.append("<meta property=\"og:site_name\" content=\"").append(escape(article.outlet().name())).append("\">\n");
        }
        if (!noDateAtAll && random.nextDouble() < 0.5) {
            out.append("<meta property=\"article:published_time\" content=\"").append(timestamp).append("\">\n");
        }
        out.append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append("<style>.ad{min-height:90px}.share-bar a{margin:0 4px}</style>\n");
        if (!noDateAtAll && random.nextDouble() < 0.7) {
            Map<String, Object> jsonLd = new LinkedHashMap<>();
            jsonLd.put("@context", "https://schema.org");
            jsonLd.put("@type", "NewsArticle");
            jsonLd.put("headline", article.title());
            jsonLd.put("datePublished", timestamp);
            Map<String, Object> publisher = new LinkedHashMap<>();
            publisher.put("@type", "Organization");
            publisher.put("name", article.outlet().name());
            jsonLd.put("publisher", publisher);
            jsonLd.put("mainEntityOfPage", article.url());
            out.append("<script type=\"application/ld+json\">").append(JSON.writeValueAsString(jsonLd)).append("</script>\n");
        }
        out.append("<script async src=\"/assets/analytics.js\"></script>\n</head>\n");
    }

    private static void siteHeader(StringBuilder out, GeneratedArticle article, SplittableRandom random) {
        out.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(escape(article.outlet().name()))
                .append("</a>\n<nav class=\"main-nav\" aria-label=\"Main\"><ul>");
        int first = random.nextInt(SECTIONS.length);
        for (int i = 0; i < 6; i++) {
            String section = SECTIONS[(first + i) % SECTIONS.length];
            out.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section).append("</a></li>");
        }
        out.append("</ul></nav>\n<a class=\"subscribe-button\" href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Sign in</a></header>\n");
    }

    private static void byline(StringBuilder out, GeneratedArticle article, SplittableRandom random) {
        out.append("<div class=\"byline\">By ").append(escape(article.agency() != null ? article.agency() : article.outlet().shortName() + " staff"));
        if (random.nextBoolean()) {
            out.append(" &middot; <time datetime=\"").append(article.published().toInstant()).append("\">")
                    .append(VISIBLE_DATE.format(article.published())).append("</time>");
        }
        out.append(" &middot; <span class=\"reading-time\">").append(2 + random.nextInt(9)).append(" min read</span></div>\n");
    }

    private static void shareBar(StringBuilder out, GeneratedArticle article, SplittableRandom random) {
        String url = escape(article.url());
        out.append(random.nextBoolean() ? "<div class=\"share-bar\">" : "<div class=\"social-share\" role=\"group\" aria-label=\"Share\">")
                .append("<a href=\"https://www.facebook.com/sharer.php?u=").append(url).append("\">Share on Facebook</a>")
                .append("<a href=\"https://x.com/intent/post?url=").append(url).append("\">Share on X</a>")
                .append("<a href=\"mailto:?subject=").append(escape(article.title())).append("\">Email</a>")
                .append("<button class=\"copy-link\">Copy link</button></div>\n");
    }

    private static void adSlot(StringBuilder out, String kind, SplittableRandom random) {
        out.append("<div class=\"ad ").append(kind).append("\" id=\"dfp-ad-").append(random.nextInt(10_000))
                .append("\" aria-hidden=\"true\"><span class=\"ad-label\">Advertisement</span></div>\n");
    }

    private void storyList(StringBuilder out, String element, String heading, String listTag, int count, SplittableRandom random) {
        out.append('<').append(element).append("><h3>").append(heading).append("</h3><").append(listTag).append(">\n");
        for (int i = 0; i < count; i++) {
            out.append("<li><a href=\"/news/").append(random.nextInt(1_000_000)).append("\">")
                    .append(escape(otherHeadline(random))).append("</a></li>\n");
        }
        out.append("</").append(listTag).append("></").append(element, 0, element.indexOf(' ')).append(">\n");
    }

    private static void footer(StringBuilder out, GeneratedArticle article) {
        out.append("<footer class=\"site-footer\"><nav aria-label=\"Footer\"><a href=\"/about\">About us</a> "
                        + "<a href=\"/contact\">Contact us</a> <a href=\"/terms\">Terms of use</a> <a href=\"/privacy\">Privacy policy</a></nav>")
                .append("<p>&copy; ").append(article.published().getYear()).append(' ').append(escape(article.outlet().name()))
                .append(". All rights reserved.</p></footer>\n");
    }

    /** A headline of some other story, for related and most-read lists. */
    private String otherHeadline(SplittableRandom random) {
        CorpusVocabulary.Topic topic = vocabulary.drawTopic(random);
        return vocabulary.headline(random).render(placeholder -> switch (placeholder) {
            case "P" -> vocabulary.drawPerson(random).surname();
            case "O" -> vocabulary.drawOrganization(random).shortName();
            case "L" -> vocabulary.drawPlace(random).name();
            case "T" -> topic.phrases().get(0);
            case "M" -> "$" + (1 + random.nextInt(9)) + " billion";
            default -> placeholder;
        });
    }

    /**
     * Text escaped for element content and double-quoted attributes by Thymeleaf's escaper (unbescape): only
     * {@code & < > "} become references, as pages have always been generated, so a seed still writes the same bytes.
     */
    static String escape(String text) {
        return HtmlEscape.escapeHtml(text, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
                HtmlEscapeLevel.LEVEL_0_ONLY_MARKUP_SIGNIFICANT_EXCEPT_APOS);
    }
}
