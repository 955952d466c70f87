package dev.newsdesk.search;

/** Counts as the page writes them: digits grouped by commas, 12,345. */
final class Counts {

    private Counts() {
    }

    static String format(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (count < 0) {
            grouped.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }
}
