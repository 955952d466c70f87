package dev.newsdesk.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchLinks;

/**
 * Splits an article body into paragraphs and marks the mentions of its entities, each linked to the search
 * filtered on that entity. A person is also recognised by surname alone when no other person shares it.
 * The result is plain text segments: the template escapes them, no HTML is built here.
 */
final class MentionLinks {

    private static final int MIN_SURNAME_LENGTH = 4;

    private MentionLinks() {
    }

    static List<List<MentionSegment>> paragraphs(ArticleDocument article) {
        Map<String, Mention> names = names(article);
        Pattern pattern = names.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(" + names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        List<List<MentionSegment>> paragraphs = new ArrayList<>();
        for (String paragraph : (article.body() == null ? "" : article.body()).split("\\n\\s*\\n")) {
            String text = paragraph.strip();
            if (!text.isEmpty()) {
                paragraphs.add(pattern == null ? List.of(MentionSegment.text(text)) : segments(text, pattern, names));
            }
        }
        return paragraphs;
    }

    private static List<MentionSegment> segments(String text, Pattern pattern, Map<String, Mention> names) {
        List<MentionSegment> segments = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                segments.add(MentionSegment.text(text.substring(last, matcher.start())));
            }
            Mention mention = names.get(matcher.group(1));
            segments.add(new MentionSegment(matcher.group(1), mention.facet().parameter(), mention.value(), SearchLinks.forValue(mention.facet(), mention.value())));
            last = matcher.end();
        }
        if (last < text.length()) {
            segments.add(MentionSegment.text(text.substring(last)));
        }
        return segments;
    }

    private static Map<String, Mention> names(ArticleDocument article) {
        Map<String, Mention> names = new LinkedHashMap<>();
        article.people().forEach(name -> names.putIfAbsent(name, new Mention(Facet.PERSON, name)));
        article.organizations().forEach(name -> names.putIfAbsent(name, new Mention(Facet.ORGANIZATION, name)));
        article.places().forEach(name -> names.putIfAbsent(name, new Mention(Facet.PLACE, name)));
        Map<String, Integer> surnameUses = new HashMap<>();
        for (String person : article.people()) {
            surnameUses.merge(surname(person), 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>(names.keySet());
        for (String person : article.people()) {
            String surname = surname(person);
            if (!surname.equals(person) && surname.length() >= MIN_SURNAME_LENGTH && surnameUses.get(surname) == 1 && !taken.contains(surname)) {
                names.put(surname, new Mention(Facet.PERSON, person));
            }
        }
        names.keySet().removeIf(String::isBlank);
        return names;
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    private record Mention(Facet facet, String value) {
    }
}
