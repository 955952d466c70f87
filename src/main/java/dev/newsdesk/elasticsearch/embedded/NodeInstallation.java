package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Elasticsearch installation with the project's analysis plugin in it: a copy of the unpacked distribution,
 * one per plugin build, so a changed plugin is installed afresh and running nodes keep theirs.
 */
final class NodeInstallation {

    private static final Logger log = LoggerFactory.getLogger(NodeInstallation.class);
    private static final String READY_MARKER = ".newsdesk-ready";

    private NodeInstallation() {
    }

    /** Returns the home directory of an installation of {@code distribution} with {@code pluginZip} installed. */
    static Path prepare(Path distribution, Path pluginZip, Path installDir, Path javaHome) throws IOException {
        if (!Files.isExecutable(distribution.resolve("bin/elasticsearch"))) {
            throw new EmbeddedNodeException(
                    "No Elasticsearch distribution at " + distribution.toAbsolutePath() + ".",
                    "Build the project first (mvn package -DskipTests unpacks it into target/), or set newsdesk.elasticsearch.embedded.distribution.");
        }
        if (!Files.isRegularFile(pluginZip)) {
            throw new EmbeddedNodeException(
                    "The analysis plugin " + pluginZip.toAbsolutePath() + " is missing.",
                    "Build the project first (mvn package -DskipTests), or set newsdesk.elasticsearch.embedded.plugin.");
        }
        Files.createDirectories(installDir);
        Path home = installDir.resolve(distribution.getFileName() + "-" + fingerprint(pluginZip));
        if (Files.exists(home.resolve(READY_MARKER))) {
            Files.setLastModifiedTime(home.resolve(READY_MARKER), java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            return home;
        }
        try (FileChannel channel = FileChannel.open(installDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            if (!Files.exists(home.resolve(READY_MARKER))) {
                install(distribution, pluginZip, home, javaHome);
                removeStaleInstallations(installDir, home);
            }
        }
        return home;
    }

    /** Each plugin build gets its own copy; copies unused for a week (older plugin builds) are removed. */
    private static void removeStaleInstallations(Path installDir, Path current) throws IOException {
        java.time.Instant weekAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(7));
        try (Stream<Path> siblings = Files.list(installDir)) {
            for (Path sibling : siblings.filter(Files::isDirectory).filter(p -> !p.equals(current)).toList()) {
                Path marker = sibling.resolve(READY_MARKER);
                if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().isBefore(weekAgo)) {
                    log.info("Removing an old Elasticsearch installation {}", sibling);
                    deleteTree(sibling);
                }
            }
        }
    }

    private static void install(Path distribution, Path pluginZip, Path home, Path javaHome) throws IOException {
        log.info("Installing Elasticsearch with the analysis plugin into {}", home);
        Path staging = home.resolveSibling(home.getFileName() + ".staging");
        deleteTree(staging);
        deleteTree(home);
        copyTree(distribution, staging);
        ProcessBuilder installer = new ProcessBuilder(
                staging.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch", pluginZip.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true);
        installer.environment().put("ES_JAVA_HOME", javaHome.toString());
        installer.environment().remove("ES_PATH_CONF");
        Process process = installer.start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new EmbeddedNodeException(
                        "Installing the analysis plugin " + pluginZip + " failed: " + lastLine(output),
                        "Rebuild the plugin with mvn package -DskipTests and check that it targets Elasticsearch " + distribution.getFileName() + ".");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing the analysis plugin", e);
        }
        Files.writeString(staging.resolve(READY_MARKER), pluginZip.toAbsolutePath() + "\n");
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String fingerprint(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    try {
                        Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (FileAlreadyExistsException e) {
                        // A directory walk visits every file once; an existing copy is from the same walk.
                    }
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> deepestFirst = paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 ? "(no output)" : lines[lines.length - 1];
    }
}
