package dev.newsdesk.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A source's articles and what they say about its health: a gap (it used to publish regularly and has gone quiet for
 * longer than its usual spacing allows) and a dateless share high enough that its place on a timeline is a guess.
 *
 * @param articles indexed from it, all time
 * @param dateless of those, without a publication date
 * @param perDay   articles published on each of the last {@value #DAYS} days, oldest first
 * @param firstDay the day {@code perDay[0]} counts
 */
public record SourceHealth(long articles, long dateless, long[] perDay, LocalDate firstDay) {

    /** The window of the per-day counts and the gap rule. */
    public static final int DAYS = 30;
    /** Days with articles the window must hold before silence counts as a gap: a source needs a rhythm first. */
    static final int ACTIVE_DAYS_FOR_A_RHYTHM = 5;
    /** Silence longer than this many of its usual spacings is a gap. */
    static final int SPACINGS_OF_SILENCE = 3;
    /** A source whose articles are this share dateless, or more, is flagged. */
    static final double DATELESS_FLAG = 0.5;
    /** ... once it has at least this many articles. */
    static final int ARTICLES_FOR_A_SHARE = 10;

    static SourceHealth none(LocalDate today) {
        return new SourceHealth(0, 0, new long[DAYS], today.minusDays(DAYS - 1L));
    }

    public double datelessShare() {
        return articles == 0 ? 0 : (double) dateless / articles;
    }

    public boolean mostlyDateless() {
        return articles >= ARTICLES_FOR_A_SHARE && datelessShare() >= DATELESS_FLAG;
    }

    public List<Long> perDayList() {
        return Arrays.stream(perDay).boxed().toList();
    }

    /** Days since the last day with an article, in the window (the whole window when none). */
    public int silentDays() {
        int silent = 0;
        for (int i = perDay.length - 1; i >= 0 && perDay[i] == 0; i--) {
            silent++;
        }
        return silent;
    }

    /**
     * Its usual spacing in days: the mean distance between the days it published on, before the current silence. A
     * source that published daily has a spacing of 1; one with fewer than {@value #ACTIVE_DAYS_FOR_A_RHYTHM} active
     * days has none (0).
     */
    public double usualSpacingDays() {
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < perDay.length; i++) {
            if (perDay[i] > 0) {
                active.add(i);
            }
        }
        if (active.size() < ACTIVE_DAYS_FOR_A_RHYTHM) {
            return 0;
        }
        return (double) (active.get(active.size() - 1) - active.get(0)) / (active.size() - 1);
    }

    /** It has a rhythm and has been silent for more than {@value #SPACINGS_OF_SILENCE} of its spacings (and over a day). */
    public boolean gap() {
        double spacing = usualSpacingDays();
        int silent = silentDays();
        return spacing > 0 && silent > 1 && silent > SPACINGS_OF_SILENCE * spacing;
    }
}
