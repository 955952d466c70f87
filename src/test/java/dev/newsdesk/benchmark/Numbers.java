package dev.newsdesk.benchmark;

import java.util.Locale;

/** How the report writes numbers: few significant digits, since the runs are noisy. */
public final class Numbers {

    static final String NOT_MEASURED = "not measured yet";

    private Numbers() {
    }

    public static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String size(int articles) {
        return articles % 1000 == 0 ? articles / 1000 + "k" : Integer.toString(articles);
    }
}
