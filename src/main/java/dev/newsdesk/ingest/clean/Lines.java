package dev.newsdesk.ingest.clean;

/** Whitespace and readability rules shared by the text and the HTML cleaner for one line of text. */
final class Lines {

    /** A line with more than this share of control or replacement characters is binary debris, not text. */
    private static final double MOST_GARBAGE_IN_TEXT = 0.1;

    private Lines() {
    }

    /** Pages put soft hyphens inside long words; left in, they split a word in two for search. */
    private static final char SOFT_HYPHEN = '\u00AD';

    /** Trims, turns every run of whitespace (no-break spaces and controls included) into one space, drops soft hyphens. */
    static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                pendingSpace = true;
            } else if (c == SOFT_HYPHEN) {
                continue;
            } else {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isUnreadable(String line) {
        int garbage = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\t') || Character.getType(c) == Character.UNASSIGNED) {
                garbage++;
            }
        }
        return garbage > line.length() * MOST_GARBAGE_IN_TEXT;
    }
}
