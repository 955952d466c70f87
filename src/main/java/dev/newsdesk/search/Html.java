package dev.newsdesk.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the result page's long repeated lists (facet values, hits, timeline bars) as HTML in one pass: the template
 * engine spent more on their hundreds of small expressions than Elasticsearch spent on the search. Every text and
 * attribute value goes through {@link #escape}; only {@link #trusted} markup, which {@link Snippets} made (escaped
 * text in which only {@code <mark>} is markup), is written as it is.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(2048);

    /** An opening tag; {@code attributes} are name, value pairs, and a pair with a null value is left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup made by {@link Snippets}, already escaped. */
    Html trusted(String html) {
        out.append(html);
        return this;
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
