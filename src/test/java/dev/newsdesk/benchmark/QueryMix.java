package dev.newsdesk.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.newsdesk.corpus.CorpusVocabulary;

/**
 * The fixed mix of searches every target answers: single words and quoted phrases from the corpus's vocabulary,
 * with 0 to 3 facet filters (values drawn with the corpus's own skew, so most have hits), a third sorted newest first.
 */
public final class QueryMix {

    private QueryMix() {
    }

    public static List<SearchQuery> of(long seed, int size) {
        CorpusVocabulary vocabulary = CorpusVocabulary.standard();
        SplittableRandom random = new SplittableRandom(seed);
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String text = i % 2 == 0 ? word(vocabulary, random) : phrase(vocabulary, random);
            queries.add(new SearchQuery(text, filters(vocabulary, random), random.nextDouble() < 0.33));
        }
        return List.copyOf(queries);
    }

    private static String word(CorpusVocabulary vocabulary, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> vocabulary.drawPerson(random).surname();
            case 1 -> {
                List<String> phrases = vocabulary.drawTopic(random).phrases();
                String[] words = phrases.get(random.nextInt(phrases.size())).split(" ");
                yield words[words.length - 1];
            }
            default -> vocabulary.drawPlace(random).name().split(" ")[0];
        };
    }

    private static String phrase(CorpusVocabulary vocabulary, SplittableRandom random) {
        if (random.nextBoolean()) {
            return "\"" + vocabulary.drawPerson(random).name() + "\"";
        }
        List<String> phrases = vocabulary.drawTopic(random).phrases();
        return "\"" + phrases.get(random.nextInt(phrases.size())) + "\"";
    }

    private static Map<String, List<String>> filters(CorpusVocabulary vocabulary, SplittableRandom random) {
        double draw = random.nextDouble();
        int count = draw < 0.4 ? 0 : draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3;
        List<String> facets = new ArrayList<>(List.of("outlet", "person", "organization", "place"));
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String facet = facets.remove(random.nextInt(facets.size()));
            String value = switch (facet) {
                case "outlet" -> vocabulary.drawOutlet(random).name();
                case "person" -> vocabulary.drawPerson(random).name();
                case "organization" -> vocabulary.drawOrganization(random).name();
                default -> vocabulary.drawPlace(random).name();
            };
            filters.put(facet, List.of(value));
        }
        return filters;
    }
}
