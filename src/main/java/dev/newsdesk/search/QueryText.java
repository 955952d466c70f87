package dev.newsdesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, read forgivingly: quoted phrases, {@code -exclusion}, {@code OR}/{@code |}, {@code NOT},
 * {@code AND} and prefix {@code *}. Produces the {@code simple_query_string} text and the plain positive words
 * (for the phrase-proximity boost and "did you mean").
 */
record QueryText(String simpleQueryString, String positiveWords) {

    static QueryText of(String typed) {
        List<String> tokens = tokens(typed == null ? "" : typed);
        List<String> query = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean negateNext = false;
        for (String token : tokens) {
            if (token.equals("OR")) {
                query.add("|");
                continue;
            }
            if (token.equals("AND")) {
                continue;
            }
            if (token.equals("NOT")) {
                negateNext = true;
                continue;
            }
            boolean negated = negateNext || token.startsWith("-");
            query.add(negateNext && !token.startsWith("-") ? "-" + token : token);
            negateNext = false;
            if (!negated) {
                String plain = token.replaceAll("[\"+|*~()\\\\]", " ").replaceAll("^-+", "").strip();
                if (!plain.isEmpty()) {
                    words.add(plain);
                }
            }
        }
        return new QueryText(String.join(" ", query), String.join(" ", words).replaceAll("\\s+", " "));
    }

    /**
     * How many words the search looks for, at most: every run of letters and digits, and every Chinese or Japanese
     * character alone (the analyzer makes a term of each); the number of a fuzzy or slop operator ({@code ~2}) is none.
     */
    int words() {
        String text = simpleQueryString.replaceAll("~\\d*", " ");
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            boolean single = Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA;
            int type = Character.getType(c);
            // Marks (Indic vowel signs, combining accents) belong to the word they follow.
            boolean letter = Character.isLetterOrDigit(c)
                    || inWord && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK);
            if (single || letter && !inWord) {
                words++;
            }
            inWord = letter && !single;
        }
        return words;
    }

    boolean isEmpty() {
        return simpleQueryString.isBlank();
    }

    /** Whitespace-separated tokens, a quoted phrase (with any leading minus) being one token. */
    private static List<String> tokens(String typed) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            current.append('"');
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
