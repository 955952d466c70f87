package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import dev.newsdesk.datafile.DataFile;

/** What marks an HTML element as page furniture (tag, ARIA role, class/id pattern), read from {@code ingest/html-boilerplate.txt}. */
final class BoilerplateRules {

    static final String RESOURCE = "/ingest/html-boilerplate.txt";

    private static final BoilerplateRules STANDARD = fromLines(DataFile.lines(RESOURCE));

    private final Set<String> tags;
    private final Set<String> roles;
    private final Pattern noise;

    private BoilerplateRules(Set<String> tags, Set<String> roles, Pattern noise) {
        this.tags = tags;
        this.roles = roles;
        this.noise = noise;
    }

    static BoilerplateRules standard() {
        return STANDARD;
    }

    static BoilerplateRules fromLines(List<String> lines) {
        Set<String> tags = new HashSet<>();
        Set<String> roles = new HashSet<>();
        List<String> noise = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String kind = colon < 0 ? "" : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            switch (kind) {
                case "tag" -> tags.addAll(List.of(value.toLowerCase(Locale.ROOT).split("\\s+")));
                case "role" -> roles.addAll(List.of(value.toLowerCase(Locale.ROOT).split("\\s+")));
                case "noise" -> noise.add("(?:" + Pattern.compile(value).pattern() + ")");
                default -> throw new IllegalStateException(
                        "line '" + line + "' of " + RESOURCE + " must start with tag:, role: or noise:");
            }
        }
        // One alternation: a page has hundreds of thousands of named elements at worst.
        return new BoilerplateRules(Set.copyOf(tags), Set.copyOf(roles), Pattern.compile(noise.isEmpty() ? "(?!)" : String.join("|", noise)));
    }

    /** Furniture whatever it contains: by tag, role or because the page hides it. */
    boolean isFurnitureByMarkup(Element element) {
        if (tags.contains(element.normalName())) {
            return true;
        }
        String role = element.attr("role");
        if (!role.isEmpty() && roles.contains(role.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return element.hasAttr("hidden") || isStyledInvisible(element.attr("style"));
    }

    /** Furniture by its class or id, unless it turns out to wrap the article (the caller decides). */
    boolean hasNoisyName(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        return noise.matcher((className + " " + id).toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isStyledInvisible(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
