package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of a saved HTML page: its paragraphs (furniture removed, the main block found by text and link
 * density) and what the page's markup says about it. Never throws on bad input: binary or empty pages give no paragraphs.
 * The furniture rules are in {@code ingest/html-boilerplate.txt} and {@code ingest/text-cruft.txt}. Thread-safe.
 */
public final class HtmlArticleExtractor {

    /** A block mostly made of link text is a list of links (related stories, tags), not prose. */
    private static final double MOST_LINK_TEXT_IN_PROSE = 0.5;

    private final BoilerplateRemover boilerplateRemover;
    private final TextCruft textCruft;

    public HtmlArticleExtractor() {
        this(BoilerplateRules.standard(), TextCruft.standard());
    }

    HtmlArticleExtractor(BoilerplateRules rules, TextCruft textCruft) {
        this.boilerplateRemover = new BoilerplateRemover(rules);
        this.textCruft = textCruft;
    }

    public CleanedArticle extract(byte[] html, String baseUri) {
        if (html.length == 0 || BinaryContent.looksBinary(html)) {
            return new CleanedArticle(List.of(), PageMetadata.NONE);
        }
        Document document = Jsoup.parse(HtmlCharset.decode(html), baseUri == null ? "" : baseUri);
        PageMetadata metadata = PageMetadataReader.read(document, baseUri);
        Element body = document.body();
        boilerplateRemover.removeFrom(body);
        List<Element> article = MainBlockFinder.find(body, TextBlocks.of(body));
        return new CleanedArticle(paragraphs(article), metadata);
    }

    private List<String> paragraphs(List<Element> article) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element part : article) {
            for (TextBlock block : TextBlocks.of(part)) {
                // The headline is metadata; the body starts below it.
                if (block.owner().normalName().equals("h1")
                        || block.linkDensity() > MOST_LINK_TEXT_IN_PROSE
                        || Lines.isUnreadable(block.text())
                        || textCruft.isCruft(block.text())
                        || !seen.add(block.text())) {
                    continue;
                }
                paragraphs.add(block.text());
            }
        }
        return List.copyOf(paragraphs);
    }
}
