package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold a page's article: paragraphs of prose vote for the containers around them (the
 * nearest fully, farther ones less), the container with the most votes after discounting its link text wins, and
 * siblings that carry prose of their own join it.
 */
final class MainBlockFinder {

    /** Shorter blocks are captions, labels and buttons; they do not vote. */
    private static final int SHORTEST_VOTING_BLOCK = 25;
    /** Blocks made mostly of links are menus and lists of other stories; they do not vote. */
    private static final double MOST_LINK_TEXT_IN_A_VOTER = 0.5;
    private static final int ANCESTORS_THAT_VOTE = 5;
    private static final int CANDIDATES_CHECKED_FOR_LINKS = 5;
    private static final double SIBLING_SHARE_OF_BEST = 0.2;
    /** Articles split into chunks (ads between them) give several strong candidates: their common ancestor is the article. */
    private static final double RIVAL_SHARE_OF_BEST = 0.5;
    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt");

    private MainBlockFinder() {
    }

    /** The article's elements in document order; the root itself when no block of prose was found. */
    static List<Element> find(Element root, List<TextBlock> blocks) {
        Map<Element, Double> votes = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            if (block.text().length() < SHORTEST_VOTING_BLOCK || block.linkDensity() > MOST_LINK_TEXT_IN_A_VOTER) {
                continue;
            }
            double vote = 1 + commas(block.text()) + Math.min(block.text().length() / 100.0, 3);
            Element container = PARAGRAPH_TAGS.contains(block.owner().normalName()) ? block.owner().parent() : block.owner();
            for (int level = 0; container != null && level < ANCESTORS_THAT_VOTE; level++) {
                double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                votes.merge(container, vote / share, Double::sum);
                if (container == root) {
                    break;
                }
                container = container.parent();
            }
        }
        if (votes.isEmpty()) {
            return List.of(root);
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        votes.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(CANDIDATES_CHECKED_FOR_LINKS)
                .forEach(candidate -> scores.put(candidate.getKey(), candidate.getValue() * (1 - linkDensity(candidate.getKey()))));
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double bestScore = scores.get(best);
        Element article = best;
        for (Map.Entry<Element, Double> other : scores.entrySet()) {
            if (other.getValue() >= bestScore * RIVAL_SHARE_OF_BEST && article != other.getKey()
                    && !isAncestor(article, other.getKey()) && !isAncestor(other.getKey(), article)) {
                article = commonAncestor(article, other.getKey(), root);
            }
        }
        return article == root ? List.of(root) : withProseSiblings(article, Math.max(bestScore, votes.getOrDefault(article, 0.0)), votes);
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Element commonAncestor(Element a, Element b, Element root) {
        Set<Element> ancestorsOfA = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = a; e != null; e = e.parent()) {
            ancestorsOfA.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (ancestorsOfA.contains(e)) {
                return e;
            }
        }
        return root;
    }

    private static List<Element> withProseSiblings(Element best, double bestScore, Map<Element, Double> votes) {
        if (best.parent() == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * SIBLING_SHARE_OF_BEST);
        List<Element> article = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || votes.getOrDefault(sibling, 0.0) >= threshold || isProseParagraph(sibling)) {
                article.add(sibling);
            }
        }
        return article;
    }

    private static boolean isProseParagraph(Element element) {
        if (!element.normalName().equals("p") && !(element.normalName().equals("div") && element.children().isEmpty())) {
            return false;
        }
        String text = element.text();
        double linkDensity = linkDensity(element);
        return (text.length() > 80 && linkDensity < 0.25)
                || (!text.isEmpty() && linkDensity == 0 && text.matches("(?s).*[.!?][\"'”’)]?$"));
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        return count;
    }

    static double linkDensity(Element element) {
        int[] characters = {0, 0};
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    int length = text.getWholeText().strip().length();
                    characters[0] += length;
                    if (linkDepth > 0) {
                        characters[1] += length;
                    }
                } else if (node instanceof Element e && e.normalName().equals("a")) {
                    linkDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    linkDepth--;
                }
            }
        }, element);
        return characters[0] == 0 ? 0 : (double) characters[1] / characters[0];
    }
}
