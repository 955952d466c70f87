package dev.newsdesk.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The people, organizations or places one article is about. The first of them is mentioned most; the first mention
 * of each uses the full form (with a person's role), later ones often the short form. Counts every mention.
 */
final class ArticleCast<T> {

    private static final ZipfSampler[] WITHIN_ARTICLE = {
            new ZipfSampler(1, 1), new ZipfSampler(2, 1), new ZipfSampler(3, 1), new ZipfSampler(4, 1),
            new ZipfSampler(5, 1), new ZipfSampler(6, 1)};

    private static final int MAX_MEMBERS = 6;

    private final List<T> members;
    private final Function<SplittableRandom, T> draw;
    private final Function<T, String> fullName;
    private final Map<String, Integer> mentions = new LinkedHashMap<>();

    private ArticleCast(List<T> members, Function<SplittableRandom, T> draw, Function<T, String> fullName) {
        this.members = members;
        this.draw = draw;
        this.fullName = fullName;
    }

    /** Draws up to {@code count} distinct members with {@code draw}; fewer when the draws keep repeating. */
    static <T> ArticleCast<T> draw(int count, Function<SplittableRandom, T> draw, Function<T, String> fullName, SplittableRandom random) {
        List<T> members = new ArrayList<>();
        for (int attempt = 0; attempt < count * 4 && members.size() < count; attempt++) {
            T candidate = draw.apply(random);
            if (!members.contains(candidate)) {
                members.add(candidate);
            }
        }
        return new ArticleCast<>(members, draw, fullName);
    }

    /**
     * A member for the next mention, skewed towards the first, and not one of {@code taken}: when every member is
     * taken (a sentence names two places and the article had one), the article gains a member.
     */
    T pick(SplittableRandom random, List<?> taken) {
        ZipfSampler sampler = WITHIN_ARTICLE[Math.min(members.size(), WITHIN_ARTICLE.length) - 1];
        T member = members.get(sampler.next(random));
        if (!taken.contains(member)) {
            return member;
        }
        for (T other : members) {
            if (!taken.contains(other)) {
                return other;
            }
        }
        for (int attempt = 0; attempt < 8 && members.size() < MAX_MEMBERS; attempt++) {
            T newcomer = draw.apply(random);
            if (!members.contains(newcomer)) {
                members.add(newcomer);
                return newcomer;
            }
        }
        return member;
    }

    T first() {
        return members.get(0);
    }

    List<T> members() {
        return members;
    }

    boolean mentioned(T member) {
        return mentions.containsKey(fullName.apply(member));
    }

    void count(T member) {
        mentions.merge(fullName.apply(member), 1, Integer::sum);
    }

    /** Name to mention count, most mentioned first (ties in order of first mention). */
    Map<String, Integer> mentions() {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
