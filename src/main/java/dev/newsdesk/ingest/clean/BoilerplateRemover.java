package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * element that holds a large share of the page's prose (text in p elements) is kept whatever its markup says: it
 * wraps the article (a "content-with-sidebar" div, a form around the whole page).
 */
final class BoilerplateRemover {

    private static final double WRAPPER_SHARE_OF_PROSE = 0.4;

    private final BoilerplateRules rules;

    BoilerplateRemover(BoilerplateRules rules) {
        this.rules = rules;
    }

    void removeFrom(Element root) {
        Map<Element, Integer> suspects = proseOfSuspects(root);
        double wrapperProse = Math.max(1, suspects.getOrDefault(root, 0) * WRAPPER_SHARE_OF_PROSE);
        List<Element> furniture = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                Integer prose = node == root ? null : suspects.get(node);
                if (prose != null && prose < wrapperProse) {
                    furniture.add((Element) node);
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

    /** Every element that looks like furniture, with the characters of paragraph text under it; the root's total too. */
    private Map<Element, Integer> proseOfSuspects(Element root) {
        Map<Element, Integer> suspects = new IdentityHashMap<>();
        // Pages repeat the same few class names thousands of times: match each distinct name once.
        Map<String, Boolean> noisyNames = new HashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final List<Integer> proseAtStart = new ArrayList<>();
            private int prose;
            private int paragraphDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && paragraphDepth > 0) {
                    prose += nonBlankLength(text.getWholeText());
                } else if (node instanceof Element element) {
                    proseAtStart.add(prose);
                    if (element.normalName().equals("p")) {
                        paragraphDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    int start = proseAtStart.remove(proseAtStart.size() - 1);
                    if (element.normalName().equals("p")) {
                        paragraphDepth--;
                    }
                    if (element == root || rules.isFurnitureByMarkup(element) || isNoisy(element)) {
                        suspects.put(element, prose - start);
                    }
                }
            }

            private boolean isNoisy(Element element) {
                String names = element.className() + " " + element.id();
                return !names.isBlank() && noisyNames.computeIfAbsent(names, key -> rules.hasNoisyName(element));
            }
        }, root);
        return suspects;
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
