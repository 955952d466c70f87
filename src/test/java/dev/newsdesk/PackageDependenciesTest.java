package dev.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages of the app depend on each other in one direction: features on the stored model and the cluster, never
 * back, so a package can be read and changed without the ones that use it. Read from the sources, by the names of
 * {@code dev.newsdesk} types they mention (imports and qualified names).
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern APPLICATION_CLASS = Pattern.compile("\\bNewsdeskApplication\\b");
    private static final Pattern TYPE_REFERENCE = Pattern.compile("\\b(dev\\.newsdesk(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");

    @Test
    void noTwoPackagesDependOnEachOther() {
        Map<String, Set<String>> dependencies = dependencies();

        List<Set<String>> cycles = new ArrayList<>();
        for (String from : dependencies.keySet()) {
            Set<String> reachable = reachableFrom(from, dependencies);
            if (reachable.contains(from)) {
                Set<String> cycle = new TreeSet<>();
                for (String other : reachable) {
                    if (reachableFrom(other, dependencies).contains(from)) {
                        cycle.add(other);
                    }
                }
                if (!cycles.contains(cycle)) {
                    cycles.add(cycle);
                }
            }
        }

        assertThat(cycles).as("packages that depend on each other, directly or through others").isEmpty();
    }

    @Test
    void nothingDependsOnTheApplicationClass() {
        List<Path> users = javaFiles()
                .filter(file -> !file.endsWith(Path.of("dev/newsdesk/NewsdeskApplication.java")))
                .filter(file -> APPLICATION_CLASS.matcher(read(file)).find())
                .toList();

        assertThat(users).isEmpty();
    }

    @Test
    void theCheckSeesTheKnownDependencies() {
        assertThat(dependencies().get("dev.newsdesk.search")).contains("dev.newsdesk.elasticsearch");
        assertThat(dependencies().get("dev.newsdesk.elasticsearch")).doesNotContain("dev.newsdesk.search");
    }

    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        javaFiles().forEach(file -> {
            String source = read(file);
            String from = packageOf(source);
            Set<String> to = dependencies.computeIfAbsent(from, key -> new TreeSet<>());
            Matcher reference = TYPE_REFERENCE.matcher(source);
            while (reference.find()) {
                if (!reference.group(1).equals(from)) {
                    to.add(reference.group(1));
                }
            }
        });
        return dependencies;
    }

    private static Set<String> reachableFrom(String start, Map<String, Set<String>> dependencies) {
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(dependencies.getOrDefault(start, Set.of()));
        while (!next.isEmpty()) {
            String current = next.remove(next.size() - 1);
            if (seen.add(current)) {
                next.addAll(dependencies.getOrDefault(current, Set.of()));
            }
        }
        return seen;
    }

    private static Stream<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(String source) {
        Matcher matcher = PACKAGE.matcher(source);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
