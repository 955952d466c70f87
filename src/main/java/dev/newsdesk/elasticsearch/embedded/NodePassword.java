package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the node's own user: random at the first start, then kept in the data directory in a file that only
 * the app's operating-system user can read (the node never reads it: it gets a hash), so restarts reuse it.
 */
final class NodePassword {

    private static final Logger log = LoggerFactory.getLogger(NodePassword.class);
    static final String FILE = "node.password";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** 256 random bits, written as 43 URL-safe base64 characters. */
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private NodePassword() {
    }

    /** The password kept in {@code dataDir}, made and stored first if there is none yet. */
    static String readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            keepOwnerOnly(file);
        } else {
            create(file);
        }
        return read(dataDir);
    }

    static String read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file");
        }
        String password = Files.readString(file).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        return password;
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Created owner-only and moved into place whole: no moment when another user could open it or read half of it.
        Path draft = Files.createTempFile(file.getParent(), FILE, ".draft", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(draft, password + "\n");
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** A copied or restored data directory may have opened the file up; close it again rather than refuse to start. */
    private static void keepOwnerOnly(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; the node's password must be a file of its own");
        }
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} could be read by other users; it is owner-only again", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
