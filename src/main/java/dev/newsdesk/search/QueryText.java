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
