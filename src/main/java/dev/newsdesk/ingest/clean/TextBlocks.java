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
final class TextBlocks implements NodeVisitor {

    /** Elements that flow inside a line; every other element (custom ones included) starts a new block. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
            "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
            "var", "wbr");
    /** Table cells are words of their row: a row of a results table is one line of text. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private final Element root;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkCharacters;
    private int linkDepth;

    private TextBlocks(Element root) {
        this.root = root;
        owners.push(root);
    }

    static List<TextBlock> of(Element root) {
        TextBlocks collector = new TextBlocks(root);
        NodeTraversor.traverse(collector, root);
        collector.endBlock();
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            String chunk = textNode.getWholeText();
            text.append(chunk);
            if (linkDepth > 0) {
                linkCharacters += Lines.normalize(chunk).length();
            }
        } else if (node instanceof Element element && element != root) {
            String name = element.normalName();
            if (name.equals("a")) {
                linkDepth++;
            } else if (name.equals("br")) {
                endBlock();
            } else if (CELLS.contains(name)) {
                text.append(' ');
            } else if (!INLINE.contains(name)) {
                endBlock();
                owners.push(element);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && element != root) {
            String name = element.normalName();
            if (name.equals("a")) {
                linkDepth--;
            } else if (CELLS.contains(name)) {
                text.append(' ');
            } else if (!name.equals("br") && !INLINE.contains(name)) {
                endBlock();
                owners.pop();
            }
        }
    }

    private void endBlock() {
        String line = Lines.normalize(text);
        // Binary debris is no block of text (normalizing turns its control characters into spaces, so look before).
        if (!line.isEmpty() && !Lines.isUnreadable(text)) {
            blocks.add(new TextBlock(line, Math.min(linkCharacters, line.length()), owners.peek()));
        }
        text.setLength(0);
        linkCharacters = 0;
    }
}
