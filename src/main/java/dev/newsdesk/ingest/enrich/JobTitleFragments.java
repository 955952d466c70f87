package dev.newsdesk.ingest.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.newsdesk.datafile.DataFile;

/**
 * Removes the parts of entity mentions that belong to a job title: "State" in "Secretary of State" is no organization,
 * and "US Defence" in "US Defence Secretary" keeps only "US".
 */
final class JobTitleFragments {

    private static final String RESOURCE = "ingest/enrich/job-titles.txt";

    private final Pattern titles;

    JobTitleFragments(List<String> titles) {
        String alternatives = titles.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(title -> Pattern.quote(title).replace(" ", "\\E\\s+\\Q"))
                .reduce((first, second) -> first + "|" + second).orElse("(?!)");
        this.titles = Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    static JobTitleFragments standard() {
        return new JobTitleFragments(DataFile.lines(RESOURCE));
    }

    List<EntityMention> withoutTitleFragments(String paragraph, List<EntityMention> mentions) {
        List<int[]> titleSpans = new ArrayList<>();
        Matcher matcher = titles.matcher(paragraph);
        while (matcher.find()) {
            titleSpans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (titleSpans.isEmpty()) {
            return mentions;
        }
        List<EntityMention> kept = new ArrayList<>();
        for (EntityMention mention : mentions) {
            int begin = mention.begin();
            int end = mention.end();
            for (int[] title : titleSpans) {
                if (title[0] <= begin && end <= title[1]) {
                    begin = end;
                } else if (title[0] <= begin && begin < title[1]) {
                    begin = title[1];
                } else if (title[0] < end && end <= title[1]) {
                    end = title[0];
                }
            }
            String rest = begin < end ? paragraph.substring(begin, end).strip() : "";
            if (!rest.isEmpty()) {
                int restBegin = paragraph.indexOf(rest, begin);
                kept.add(new EntityMention(rest, mention.type(), restBegin, restBegin + rest.length()));
            }
        }
        return kept;
    }
}
