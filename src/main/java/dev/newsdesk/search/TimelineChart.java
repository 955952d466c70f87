package dev.newsdesk.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline as an SVG bar chart, laid out on the server: one bar per period, each a link to that period.
 * Coordinates are in a {@value #WIDTH} × {@value #HEIGHT} view box that the page stretches to its width.
 */
public record TimelineChart(List<Bar> bars, String firstLabel, String lastLabel, String summary) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 72;
    private static final double GAP = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

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
            bars.add(new Bar(round(i * slot + GAP / 2), round(HEIGHT - height), round(Math.max(1, slot - GAP)), round(height),
                    links.dates(bucket.start(), bucket.end()), label + ": " + bucket.count() + (bucket.count() == 1 ? " article" : " articles"),
                    bucket.selected(), bucket.count() == 0));
        }
        DateBucket first = buckets.get(0);
        DateBucket last = buckets.get(buckets.size() - 1);
        return new TimelineChart(bars, label(first, interval), label(last, interval), "Articles per " + interval);
    }

    /** The bars inside the chart's {@code <svg>}: each a link around its hover area and its visible bar. */
    public String barsHtml() {
        Html html = new Html();
        for (Bar bar : bars) {
            html.open("a", "href", bar.url(), "class", bar.cssClass(), "aria-label", bar.label())
                    .element("title", bar.label())
                    .element("rect", "", "class", "bar-area", "x", number(bar.x()), "y", "0", "width", number(bar.width()), "height", Integer.toString(HEIGHT))
                    .element("rect", "", "class", "bar-fill", "x", number(bar.x()), "y", number(bar.y()), "width", number(bar.width()),
                            "height", number(bar.height()))
                    .close("a");
        }
        return html.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String label(DateBucket bucket, String interval) {
        return switch (interval) {
            case "day" -> DAY.format(bucket.start());
            case "week" -> "Week of " + DAY.format(bucket.start());
            case "month" -> MONTH.format(bucket.start());
            case "quarter" -> "Q" + ((bucket.start().getMonthValue() - 1) / 3 + 1) + " " + bucket.start().getYear();
            case "half-year" -> (bucket.start().getMonthValue() <= 6 ? "H1 " : "H2 ") + bucket.start().getYear();
            case "year" -> Integer.toString(bucket.start().getYear());
            default -> bucket.start().getYear() + "–" + bucket.end().getYear();
        };
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** One bar: its box, where it links to, and what it says to assistive technology and on hover. */
    public record Bar(double x, double y, double width, double height, String url, String label, boolean selected, boolean empty) {

        public String cssClass() {
            return selected ? (empty ? "bar is-selected is-empty" : "bar is-selected") : empty ? "bar is-empty" : "bar";
        }
    }
}
