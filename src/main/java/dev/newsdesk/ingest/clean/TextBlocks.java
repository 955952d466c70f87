package dev.newsdesk.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Splits the text under an element into blocks at every block-level element and line break, in reading order. */
final class TextBlocks {

    /** Elements that flow inside a line; every other element (custom ones included) starts a new block. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
            "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
            "var", "wbr");
    /** Table cells are words of their row: a row of a results table is one line of text. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private TextBlocks() {
    }

    static List<TextBlock> of(Element root) {
        List<TextBlock> blocks = new ArrayList<>();
        Deque<Element> owners = new ArrayDeque<>();
        owners.push(root);
        StringBuilder text = new StringBuilder();
        int[] linkCharacters = {0};
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String chunk = textNode.getWholeText();
                    text.append(chunk);
                    if (linkDepth[0] > 0) {
                        linkCharacters[0] += Lines.normalize(chunk).length();
                    }
                } else if (node instanceof Element element && node != root) {
                    if (element.normalName().equals("a")) {
                        linkDepth[0]++;
                    } else if (element.normalName().equals("br")) {
                        flush();
                    } else if (CELLS.contains(element.normalName())) {
                        text.append(' ');
                    } else if (!INLINE.contains(element.normalName())) {
                        flush();
                        owners.push(element);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && node != root) {
                    if (element.normalName().equals("a")) {
                        linkDepth[0]--;
                    } else if (CELLS.contains(element.normalName())) {
                        text.append(' ');
                    } else if (!element.normalName().equals("br") && !INLINE.contains(element.normalName())) {
                        flush();
                        owners.pop();
                    }
                }
            }

            private void flush() {
                String line = Lines.normalize(text);
                if (!line.isEmpty()) {
                    blocks.add(new TextBlock(line, Math.min(linkCharacters[0], line.length()), owners.peek()));
                }
                text.setLength(0);
                linkCharacters[0] = 0;
            }
        }, root);
        String rest = Lines.normalize(text);
        if (!rest.isEmpty()) {
            blocks.add(new TextBlock(rest, Math.min(linkCharacters[0], rest.length()), owners.peek()));
        }
        return blocks;
    }
}
