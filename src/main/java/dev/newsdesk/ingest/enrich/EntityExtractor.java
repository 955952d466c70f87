package dev.newsdesk.ingest.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an article's people, organizations and places and normalizes them: page furniture and repeated paragraphs are
 * skipped, photo credits and job-title fragments dropped, stop-listed names removed, aliases folded, case variants and
 * surnames merged into one name, mentions counted.
 */
final class EntityExtractor {

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|The)\\s+");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("(?:['’]s?)$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’\\s]+|[\\p{Punct}“”‘’\\s&&[^.)]]+$");

    private final NamedEntityRecognizer recognizer;
    private final PageFurniture furniture;
    private final JobTitleFragments jobTitles;
    private final EntityStopList stopList;
    private final EntityAliases aliases;

    EntityExtractor(NamedEntityRecognizer recognizer, PageFurniture furniture, JobTitleFragments jobTitles,
            EntityStopList stopList, EntityAliases aliases) {
        this.recognizer = recognizer;
        this.furniture = furniture;
        this.jobTitles = jobTitles;
        this.stopList = stopList;
        this.aliases = aliases;
    }

    Entities extract(List<String> paragraphs) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String paragraph : articleText(paragraphs)) {
            for (EntityMention mention : jobTitles.withoutTitleFragments(paragraph, recognizer.recognize(paragraph))) {
                String name = cleaned(mention.text());
                if (!name.isEmpty() && !stopList.isStopped(name)) {
                    mentions.add(mention.named(aliases.nameOf(name)));
                }
            }
        }
        Map<String, String> spellings = CaseVariants.preferredSpellings(mentions.stream().map(EntityMention::text).toList());
        List<EntityMention> spelled = mentions.stream().map(mention -> mention.named(spellings.get(mention.text()))).toList();
        Map<String, String> fullNames = SurnameMerger.fullNames(spelled.stream()
                .filter(mention -> mention.type() == EntityType.PERSON).map(EntityMention::text).toList());
        EntityTally tally = new EntityTally();
        for (EntityMention mention : spelled) {
            String name = mention.type() == EntityType.PERSON ? fullNames.getOrDefault(mention.text(), mention.text()) : mention.text();
            tally.add(name, mention.type());
        }
        return tally.entities();
    }

    /** Paragraphs of the article proper, each once (the same caption twice is one mention), photo credits removed. */
    private Set<String> articleText(List<String> paragraphs) {
        Set<String> text = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            String stripped = paragraph.strip();
            if (!stripped.isEmpty() && !furniture.isFurniture(stripped)) {
                text.add(PhotoCaptions.withoutCredit(stripped));
            }
        }
        return text;
    }

    private static String cleaned(String written) {
        String name = written.strip().replaceAll("\\s+", " ");
        name = LEADING_ARTICLE.matcher(name).replaceFirst("");
        name = TRAILING_POSSESSIVE.matcher(name).replaceFirst("");
        return EDGE_PUNCTUATION.matcher(name).replaceAll("");
    }
}
