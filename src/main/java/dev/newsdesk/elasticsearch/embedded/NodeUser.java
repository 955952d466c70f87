package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The operating-system user the node runs as. Elasticsearch refuses to run as root, so a root app hands the node
 * to an unprivileged user (by default {@code nobody}) through {@code setpriv}; any other user runs it as itself.
 * Either way {@code setpriv --pdeathsig} makes the kernel kill the node if the app dies without stopping it.
 */
final class NodeUser {

    private final String name;
    private final boolean switched;
    private final String groupId;

    private NodeUser(String name, boolean switched, String groupId) {
        this.name = name;
        this.switched = switched;
        this.groupId = groupId;
    }

    static NodeUser forThisProcess(String unprivilegedUser) {
        if (currentUid() != 0) {
            return new NodeUser(System.getProperty("user.name"), false, null);
        }
        String gid = run("id", "-g", unprivilegedUser);
        if (gid == null) {
            throw new EmbeddedNodeException(
                    "Elasticsearch refuses to run as root and the user '" + unprivilegedUser + "' to run it as does not exist.",
                    "Set newsdesk.elasticsearch.embedded.run-as-user to an existing unprivileged user.");
        }
        return new NodeUser(unprivilegedUser, true, gid);
    }

    String name() {
        return name;
    }

    /** The command prefix that starts a program as this user and ties its life to the calling thread. */
    List<String> launchPrefix() {
        List<String> prefix = new ArrayList<>(List.of("setpriv"));
        if (switched) {
            prefix.addAll(List.of("--reuid=" + name, "--regid=" + groupId, "--clear-groups"));
        }
        prefix.addAll(List.of("--pdeathsig", "KILL", "--"));
        return prefix;
    }

    /**
     * Makes the directory tree owned by this user, so the node can write where the app created files; {@code except}
     * stays the app's. A symbolic link is given to the user itself, never what it points at: the node's user can put
     * links in its data directory, and a root app following one would hand that user any file on the machine.
     */
    void own(Path directory, Path except) throws IOException {
        if (!switched) {
            return;
        }
        UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (!path.equals(except) && !owner.equals(Files.getOwner(path, LinkOption.NOFOLLOW_LINKS))) {
                    Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setOwner(owner);
                }
            }
        }
    }

    /** Whether the node runs as another user than the app (the app is root). */
    boolean switched() {
        return switched;
    }

    /** Fails when this user could not reach the path because a parent directory is closed to others. */
    void requireReachable(Path path, String what, String setting) throws IOException {
        if (!switched) {
            return;
        }
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new EmbeddedNodeException(
                        "The embedded Elasticsearch runs as user '" + name + "', which cannot reach the " + what + " "
                                + path.toAbsolutePath() + " because " + dir + " is closed to other users.",
                        "Set " + setting + " to a directory outside " + dir + ", or clone the project elsewhere.");
            }
        }
    }

    private static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
