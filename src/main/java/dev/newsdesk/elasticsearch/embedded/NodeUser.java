package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating-system user the node runs as. Elasticsearch refuses to run as root, so a root app hands the node
 * to an unprivileged user of its own ({@value #DEDICATED}, created on first use) through {@code setpriv}; any other
 * user runs it as itself. Either way the node starts with umask 077 and {@code setpriv --pdeathsig} makes the kernel
 * kill the node if the app dies without stopping it.
 */
final class NodeUser {

    private static final Logger log = LoggerFactory.getLogger(NodeUser.class);
    /** The system user a root app creates for the node when none is configured: one that no other program shares. */
    static final String DEDICATED = "newsdesk-es";
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> SHARED_DIRECTORY = PosixFilePermissions.fromString("rwxr-x---");
    private static final Set<PosixFilePermission> SHARED_FILE = PosixFilePermissions.fromString("rw-r-----");
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final String name;
    private final boolean switched;
    private final String groupName;

    private NodeUser(String name, boolean switched, String groupName) {
        this.name = name;
        this.switched = switched;
        this.groupName = groupName;
    }

    static NodeUser forThisProcess(String runAsUser) {
        if (currentUid() != 0) {
            return new NodeUser(System.getProperty("user.name"), false, null);
        }
        if (run("id", "-u", runAsUser) == null && runAsUser.equals(DEDICATED)) {
            createSystemUser(runAsUser);
        }
        String uid = run("id", "-u", runAsUser);
        String group = run("id", "-gn", runAsUser);
        if (uid == null || group == null) {
            throw new EmbeddedNodeException(
                    "Elasticsearch refuses to run as root and the user '" + runAsUser + "' to run it as does not exist.",
                    "Set newsdesk.elasticsearch.embedded.run-as-user to an existing unprivileged user, or leave it at " + DEDICATED + ".");
        }
        if (uid.equals("0")) {
            throw new EmbeddedNodeException("The user '" + runAsUser + "' to run Elasticsearch as is root, which it refuses.",
                    "Set newsdesk.elasticsearch.embedded.run-as-user to an unprivileged user of the node's own, or leave it at " + DEDICATED + ".");
        }
        if (runAsUser.equals("nobody")) {
            log.warn("The embedded Elasticsearch runs as 'nobody': every other program running as nobody can read and change its index data. "
                    + "Leave newsdesk.elasticsearch.embedded.run-as-user at {} for a user of its own.", DEDICATED);
        }
        return new NodeUser(runAsUser, true, group);
    }

    /** A user for the node alone, with a group of its own, no home and no login shell. */
    private static void createSystemUser(String user) {
        log.info("Creating the system user '{}' to run the embedded Elasticsearch as", user);
        // A second app creating the same user at the same moment fails here; the check after this finds the user.
        run("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                "--shell", "/usr/sbin/nologin", "--comment", "Newsdesk embedded Elasticsearch", user);
    }

    String name() {
        return name;
    }

    /** The node's group: the one group that gets to read, never write, what the app writes for the node. */
    String groupName() {
        return groupName;
    }

    /**
     * The command prefix that starts a program as this user with umask 077 (so nothing the node writes is open to
     * other users) and ties its life to the calling thread.
     */
    List<String> launchPrefix() {
        List<String> prefix = new ArrayList<>(List.of("setpriv"));
        if (switched) {
            prefix.addAll(List.of("--reuid=" + name, "--regid=" + groupName, "--clear-groups"));
        }
        prefix.addAll(List.of("--pdeathsig", "KILL", "--", "/bin/sh", "-c", "umask 077 && exec \"$@\"", "sh"));
        return prefix;
    }

    /**
     * Hands the tree to this user, the only one who may then open it: folders 0700, files without any group or
     * other bit, which also closes what an older install left open. A symbolic link is changed itself, never
     * what it points at: the node's user can put links in its own tree, and a root app following one would hand that
     * user any file on the machine.
     */
    void own(Path tree) throws IOException {
        UserPrincipal owner = switched ? lookup().lookupPrincipalByName(name) : null;
        GroupPrincipal group = switched ? lookup().lookupPrincipalByGroupName(groupName) : null;
        walk(tree, (path, view, attributes) -> {
            if (owner != null && !owner.equals(attributes.owner())) {
                view.setOwner(owner);
            }
            if (group != null && !group.equals(attributes.group())) {
                view.setGroup(group);
            }
            if (!attributes.isSymbolicLink()) {
                Set<PosixFilePermission> wanted = attributes.isDirectory() ? PRIVATE_DIRECTORY : withoutGroupAndOthers(attributes.permissions());
                if (!wanted.equals(attributes.permissions())) {
                    view.setPermissions(wanted);
                }
            }
        });
    }

    /**
     * Keeps the tree the app's, readable by the node and by no one else: owned by root (the app), group the node's,
     * folders 0750 and files 0640. The node can read its settings and users but not change them (a node that could
     * write its file realm could make itself any user). When the node is the app's own user, owner-only.
     */
    void readOnly(Path tree) throws IOException {
        walk(tree, this::keepTheApps);
    }

    /** {@link #readOnly} for the directory alone, not what is in it. */
    void readOnlyDirectory(Path directory) throws IOException {
        // Followed if it is a link: the data directory itself is where the administrator points it.
        PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        keepTheApps(directory, view, view.readAttributes());
    }

    private void keepTheApps(Path path, PosixFileAttributeView view, PosixFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            throw new IOException(path + " is a symbolic link where the app keeps the node's settings");
        }
        if (switched) {
            UserPrincipal app = lookup().lookupPrincipalByName("root");
            if (!app.equals(attributes.owner())) {
                view.setOwner(app);
            }
            GroupPrincipal group = lookup().lookupPrincipalByGroupName(groupName);
            if (!group.equals(attributes.group())) {
                view.setGroup(group);
            }
        }
        Set<PosixFilePermission> wanted = attributes.isDirectory()
                ? (switched ? SHARED_DIRECTORY : PRIVATE_DIRECTORY)
                : (switched ? SHARED_FILE : NodePassword.OWNER_ONLY);
        if (!wanted.equals(attributes.permissions())) {
            view.setPermissions(wanted);
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

    private interface Change {
        void apply(Path path, PosixFileAttributeView view, PosixFileAttributes attributes) throws IOException;
    }

    private static void walk(Path tree, Change change) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                change.apply(path, view, view.readAttributes());
            }
        }
    }

    private static Set<PosixFilePermission> withoutGroupAndOthers(Set<PosixFilePermission> permissions) {
        Set<PosixFilePermission> owner = permissions.isEmpty() ? EnumSet.noneOf(PosixFilePermission.class) : EnumSet.copyOf(permissions);
        owner.removeAll(GROUP_AND_OTHERS);
        return owner;
    }

    private static UserPrincipalLookupService lookup() {
        return Path.of("/").getFileSystem().getUserPrincipalLookupService();
    }

    /** Whether the app's own user owns the path itself (a link is not followed). */
    static boolean ownedByTheApp(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) == currentUid();
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
