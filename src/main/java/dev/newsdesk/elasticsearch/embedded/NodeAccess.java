package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * How to reach an embedded node: its URL and the credentials of its own user. The app that runs the node writes both
 * into the data directory ({@code node.url} while the node runs, {@code node.password} for good, owner-only), and this
 * is the one reader of those files, for commands that join a running portal's node and for tests.
 *
 * @param url      the node's HTTP address on loopback
 * @param username the node's own superuser, {@value #USERNAME}
 * @param password that user's password, generated at the first start
 */
public record NodeAccess(URI url, String username, String password) {

    /** The file-realm user the app makes for itself on its node. */
    public static final String USERNAME = "newsdesk";
    static final String URL_FILE = "node.url";

    /** The node that another app runs on this data directory right now, if there is one. */
    public static Optional<NodeAccess> ofRunningNode(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        Path urlFile = dir.resolve(URL_FILE);
        if (!DataDirectoryLock.heldByAnother(dir) || !Files.isRegularFile(urlFile)) {
            return Optional.empty();
        }
        URI url;
        try {
            url = URI.create(Files.readString(urlFile).strip());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new NodeAccess(url, USERNAME, readPassword(dir)));
    }

    /** A plain HTTP request to this node signed in as its user, for callers without the Elasticsearch client. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(url.resolve(pathAndQuery)).header("Authorization", authorization());
    }

    /** The value of an HTTP {@code Authorization} header that signs requests in as this node's user. */
    public String authorization() {
        return basicAuthorization(username, password);
    }

    /**
     * The {@code Authorization} value of HTTP Basic for any Elasticsearch user, the one encoder of credentials: UTF-8,
     * as Elasticsearch decodes them, whatever the platform's charset.
     */
    public static String basicAuthorization(String username, String password) {
        String credentials = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String readPassword(Path dataDir) {
        try {
            return NodePassword.read(dataDir);
        } catch (AccessDeniedException e) {
            throw new EmbeddedNodeException("The Elasticsearch node running on " + dataDir + " is open only to the user "
                    + "of the app that started it, and its password file " + e.getFile() + " cannot be read by this one.",
                    "Run this command as the user that runs the portal.", e);
        } catch (IOException e) {
            throw new EmbeddedNodeException("The password of the Elasticsearch node running on " + dataDir
                    + " cannot be read: " + e.getMessage() + ".", "Restart the portal, which writes it again.", e);
        }
    }

    /** Leaves the password out, so that logging this never leaks it. */
    @Override
    public String toString() {
        return "NodeAccess[url=" + url + ", username=" + username + ", password=(hidden)]";
    }
}
