package dev.newsdesk.search;

import java.util.ArrayList;
import java.util.List;

import dev.newsdesk.web.DisplayDates;

/**
 * The timeline as an SVG bar chart, laid out on the server: one bar per period, each a link to that period.
 * Coordinates are in a {@value #WIDTH} × {@value #HEIGHT} view box that the page stretches to its width.
 */
public record TimelineChart(List<Bar> bars, String firstLabel, String lastLabel, String summary) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 72;
    private static final double GAP = 2;

    static TimelineChart of(List<DateBucket> buckets, String interval, SearchLinks links) {
        if (buckets.isEmpty()) {
            return new TimelineChart(List.of(), "", "", "");
        }
        long max = buckets.stream().mapToLong(DateBucket::count).max().orElse(1);
        double slot = (double) WIDTH / buckets.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            DateBucket bucket = buckets.get(i);
            double height = bucket.count() == 0 ? 0 : Math.max(2, (HEIGHT - 4) * (double) bucket.count() / Math.max(1, max));
            String label = label(bucket, interval);
            String x = number(i * slot + GAP / 2);
            String width = number(Math.max(1, slot - GAP));
            bars.add(new Bar(links.dates(bucket.start(), bucket.end()), label + ": " + bucket.count() + (bucket.count() == 1 ? " article" : " articles"),
                    bucket.selected(), box(x, "0", width, Integer.toString(HEIGHT)), box(x, number(HEIGHT - height), width, number(height))));
        }
        DateBucket first = buckets.get(0);
        DateBucket last = buckets.get(buckets.size() - 1);
        return new TimelineChart(bars, label(first, interval), label(last, interval), "Articles per " + interval);
    }

    private static String label(DateBucket bucket, String interval) {
        return switch (interval) {
            case "day" -> DisplayDates.day(bucket.start());
            case "week" -> "Week of " + DisplayDates.day(bucket.start());
            case "month" -> DisplayDates.month(bucket.start());
            case "quarter" -> "Q" + ((bucket.start().getMonthValue() - 1) / 3 + 1) + " " + bucket.start().getYear();
            case "half-year" -> (bucket.start().getMonthValue() <= 6 ? "H1 " : "H2 ") + bucket.start().getYear();
            case "year" -> Integer.toString(bucket.start().getYear());
            default -> bucket.start().getYear() + "–" + bucket.end().getYear();
        };
    }

    /** A rectangle as SVG path data: one attribute for the template to write instead of four numbers. */
    private static String box(String x, String y, String width, String height) {
        return "M" + x + " " + y + "h" + width + "v" + height + "h-" + width + "z";
    }

    /** A coordinate rounded to a tenth, without a trailing ".0". */
    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    /**
     * One bar: where it links to, what it says on hover and to assistive technology, whether its period is the
     * selected one, and its two boxes as SVG path data: the full-height column that takes the pointer, and the bar.
     */
    public record Bar(String url, String label, boolean selected, String columnPath, String barPath) {
    }
}
