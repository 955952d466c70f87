package dev.newsdesk.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.newsdesk.web.DisplayDates;

/**
 * A source's articles per day as an SVG bar chart, laid out on the server like the results page's timeline: one bar per
 * day of the last {@value SourceHealth#DAYS}, in a {@value #WIDTH} × {@value #HEIGHT} view box.
 */
public record ActivityChart(List<Bar> bars, String firstLabel, String lastLabel, String summary) {

    public static final int WIDTH = 300;
    public static final int HEIGHT = 40;

    static ActivityChart of(SourceHealth health) {
        long[] perDay = health.perDay();
        long max = 1;
        long total = 0;
        for (long count : perDay) {
            max = Math.max(max, count);
            total += count;
        }
        double slot = (double) WIDTH / perDay.length;
        List<Bar> bars = new ArrayList<>(perDay.length);
        for (int i = 0; i < perDay.length; i++) {
            LocalDate day = health.firstDay().plusDays(i);
            double height = perDay[i] == 0 ? 0 : Math.max(2, (HEIGHT - 2) * (double) perDay[i] / max);
            String x = number(i * slot + 0.5);
            String width = number(Math.max(1, slot - 1));
            bars.add(new Bar(DisplayDates.day(day) + ": " + perDay[i] + (perDay[i] == 1 ? " article" : " articles"),
                    "M" + x + " " + number(HEIGHT - height) + "h" + width + "v" + number(height) + "h-" + width + "z"));
        }
        LocalDate last = health.firstDay().plusDays(perDay.length - 1L);
        return new ActivityChart(bars, DisplayDates.day(health.firstDay()), DisplayDates.day(last),
                total + (total == 1 ? " article" : " articles") + " published in the last " + perDay.length + " days");
    }

    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    /** One day: what it says on hover and to assistive technology, and its bar as SVG path data. */
    public record Bar(String label, String path) {
    }
}
