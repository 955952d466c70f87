package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Removes page furniture (by tag, role, visibility and class/id name) from a parsed page, without recursion. */
final class BoilerplateRemover {

    /** An element holding more than this share of the page's text is the article's wrapper, whatever its name says. */
    private static final double WRAPPER_SHARE_OF_TEXT = 0.5;

    private final BoilerplateRules rules;

    BoilerplateRemover(BoilerplateRules rules) {
        this.rules = rules;
    }

    void removeFrom(Element root) {
        Map<Element, Integer> textLengths = textLengths(root);
        int wrapperLength = (int) (textLengths.getOrDefault(root, 0) * WRAPPER_SHARE_OF_TEXT);
        List<Element> furniture = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != root
                        && (rules.isFurnitureByMarkup(element) || rules.hasNoisyName(element))
                        && textLengths.getOrDefault(element, 0) <= wrapperLength) {
                    furniture.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        furniture.forEach(Element::remove);
    }

    /** Non-blank characters of text under each element, computed bottom-up in one pass. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int own = node instanceof TextNode text ? nonBlankLength(text.getWholeText())
                        : node instanceof Element element ? lengths.getOrDefault(element, 0) : 0;
                if (own > 0 && node != root && node.parent() instanceof Element parent) {
                    lengths.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return lengths;
    }

    private static int nonBlankLength(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
