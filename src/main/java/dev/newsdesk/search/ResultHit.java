package dev.newsdesk.search;

import java.time.LocalDate;
import java.util.List;

/** One hit on a result page. {@code titleHtml} and {@code snippet} are escaped HTML in which only {@code <mark>} is markup. */
public record ResultHit(
        String id,
        String source,
        String title,
        String titleHtml,
        String outlet,
        String agency,
        LocalDate published,
        String snippet,
        List<String> people,
        List<String> organizations,
        List<String> places) {

    /** The first few entities of the article, most mentioned first, for chips under the snippet. */
    public List<EntityChip> topEntities(int limit) {
        java.util.ArrayList<EntityChip> chips = new java.util.ArrayList<>();
        int index = 0;
        while (chips.size() < limit) {
            boolean any = false;
            any |= addAt(chips, Facet.PERSON, people, index, limit);
            any |= addAt(chips, Facet.ORGANIZATION, organizations, index, limit);
            any |= addAt(chips, Facet.PLACE, places, index, limit);
            if (!any) {
                break;
            }
            index++;
        }
        return chips;
    }

    private static boolean addAt(List<EntityChip> chips, Facet facet, List<String> values, int index, int limit) {
        if (values == null || index >= values.size()) {
            return false;
        }
        if (chips.size() < limit) {
            chips.add(new EntityChip(facet, values.get(index)));
        }
        return true;
    }

    /** An entity named on a result, linked to its facet filter. */
    public record EntityChip(Facet facet, String value) {
    }
}
