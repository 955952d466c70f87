package dev.newsdesk.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A line of text with {@code {PLACEHOLDER}} slots, parsed once so filling it in costs no pattern matching. */
final class Template {

    private final List<String> literals;
    private final List<String> placeholders;

    private Template(List<String> literals, List<String> placeholders) {
        this.literals = literals;
        this.placeholders = placeholders;
    }

    static Template parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        int position = 0;
        while (true) {
            int open = text.indexOf('{', position);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                literals.add(text.substring(position));
                return new Template(List.copyOf(literals), List.copyOf(placeholders));
            }
            literals.add(text.substring(position, open));
            placeholders.add(text.substring(open + 1, close));
            position = close + 1;
        }
    }

    /** Appends the template with each placeholder replaced by what {@code values} gives for its name. */
    void render(StringBuilder out, Function<String, String> values) {
        for (int i = 0; i < placeholders.size(); i++) {
            out.append(literals.get(i)).append(values.apply(placeholders.get(i)));
        }
        out.append(literals.get(literals.size() - 1));
    }

    String render(Function<String, String> values) {
        StringBuilder out = new StringBuilder();
        render(out, values);
        return out.toString();
    }
}
