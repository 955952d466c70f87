package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories an embedded node can work in: {@code @TempDir(factory = NodeReachableTempDir.class)}. JUnit
 * makes them private, but a root test's node runs as another user ({@code newsdesk-es}), who must get through
 * ({@code rwxr-xr-x}).
 */
public final class NodeReachableTempDir implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return Files.createTempDirectory("newsdesk-test-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
