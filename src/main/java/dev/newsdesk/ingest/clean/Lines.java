package dev.newsdesk.ingest.clean;

/** Whitespace and readability rules for one line of text, shared by the text and the HTML cleaner and the sidecar. */
public final class Lines {

    /** A line with more than this share of control or replacement characters is binary debris, not text. */
    private static final double MOST_GARBAGE_IN_TEXT = 0.1;

    private Lines() {
    }

    /** Pages put soft hyphens inside long words; left in, they split a word in two for search. */
    private static final char SOFT_HYPHEN = '\u00AD';

    /**
     * Trims, turns every run of whitespace (no-break spaces and controls included) into one space, drops soft hyphens,
     * and drops what no text can hold: halves of surrogate pairs without their other half and the non-characters
     * U+FFFE and U+FFFF (XML, the Atom feeds among it, refuses them; NUL and escape sequences would reach pages and terminals).
     */
    public static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\u200B' || c == '\uFEFF') {
                pendingSpace = true;
            } else if (c == SOFT_HYPHEN || c == '\uFFFE' || c == '\uFFFF' || isLoneSurrogate(raw, i)) {
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

    private static boolean isLoneSurrogate(CharSequence text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        return Character.isLowSurrogate(c) && (index == 0 || !Character.isHighSurrogate(text.charAt(index - 1)));
    }

    /** True for binary debris; looks at the line before {@link #normalize}, which turns controls into spaces. */
    static boolean isUnreadable(CharSequence line) {
        int garbage = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && !Character.isWhitespace(c)) || Character.getType(c) == Character.UNASSIGNED) {
                garbage++;
            }
        }
        return garbage > line.length() * MOST_GARBAGE_IN_TEXT;
    }
}
