package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes page furniture (by tag, role, visibility and class/id name) from a parsed page, without recursion. An
 * element that holds a large share of the page's prose is kept whatever its markup says: it wraps the article
 * (a "content-with-sidebar" div, a form around the whole page).
 */
final class BoilerplateRemover {

    private static final double WRAPPER_SHARE_OF_PROSE = 0.4;

    private final BoilerplateRules rules;

    BoilerplateRemover(BoilerplateRules rules) {
        this.rules = rules;
    }

    void removeFrom(Element root) {
        ProseLengths prose = ProseLengths.measure(root);
        double wrapperProse = Math.max(1, prose.of(root) * WRAPPER_SHARE_OF_PROSE);
        List<Element> furniture = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != root
                        && (rules.isFurnitureByMarkup(element) || rules.hasNoisyName(element))
                        && prose.of(element) < wrapperProse) {
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
        removeAll(furniture);
    }

    /** Removing children one by one shifts their siblings each time; a page of many small ads would take quadratic time. */
    private static void removeAll(List<Element> furniture) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element element : furniture) {
            byParent.computeIfAbsent(element.parent(), parent -> Collections.newSetFromMap(new IdentityHashMap<>())).add(element);
        }
        byParent.forEach((parent, removed) -> {
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!removed.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }

    /** Characters of text under each element that sit in paragraphs (p), computed bottom-up in one pass. */
    private record ProseLengths(Map<Element, Integer> lengths) {

        int of(Element element) {
            return lengths.getOrDefault(element, 0);
        }

        static ProseLengths measure(Element root) {
            Map<Element, Integer> text = new IdentityHashMap<>();
            Map<Element, Integer> prose = new IdentityHashMap<>();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node == root || !(node.parent() instanceof Element parent)) {
                        return;
                    }
                    if (node instanceof TextNode textNode) {
                        add(text, parent, nonBlankLength(textNode.getWholeText()));
                    } else if (node instanceof Element element) {
                        add(text, parent, text.getOrDefault(element, 0));
                        int ownProse = element.normalName().equals("p") ? text.getOrDefault(element, 0) : prose.getOrDefault(element, 0);
                        add(prose, element, ownProse - prose.getOrDefault(element, 0));
                        add(prose, parent, ownProse);
                    }
                }
            }, root);
            return new ProseLengths(prose);
        }

        private static void add(Map<Element, Integer> lengths, Element element, int length) {
            if (length != 0) {
                lengths.merge(element, length, Integer::sum);
            }
        }
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
