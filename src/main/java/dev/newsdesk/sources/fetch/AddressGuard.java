package dev.newsdesk.sources.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the crawler out of the portal's own network: a feed or a redirect must not make it fetch cloud metadata, admin
 * pages on localhost or the Elasticsearch cluster.
 *
 * <p>The check resolves the host itself and refuses when any of its addresses is refused. The JDK's HTTP client
 * resolves the host again when it connects and cannot be handed the checked address (an https URL rewritten to an IP
 * address would fail its certificate check, and the client refuses a {@code Host} header), so a host whose DNS answer
 * changes between the two lookups could still get through. The JVM keeps successful lookups for 30 seconds
 * ({@code networkaddress.cache.ttl}), so the client's lookup, made right after, gets the same answer; and the check is
 * repeated on every redirect hop.
 */
public class AddressGuard {

    private static final String ALLOW_SETTING = "set newsdesk.sources.allow-private-addresses=true to allow private addresses"
            + " (or list the address's block in newsdesk.sources.allowed-addresses)";

    private final boolean allowPrivateAddresses;
    private final List<AddressBlock> allowed;
    private final List<InetSocketAddress> clusterNodes;

    /**
     * @param clusterNodes the Elasticsearch nodes the portal talks to, always refused (they may be unresolved: they are
     *                     resolved on every check)
     */
    public AddressGuard(FetchProperties properties, Collection<InetSocketAddress> clusterNodes) {
        this.allowPrivateAddresses = properties.allowPrivateAddresses();
        this.allowed = properties.allowedAddresses().stream().map(AddressBlock::parse).toList();
        this.clusterNodes = List.copyOf(clusterNodes);
    }

    /** Refuses a URL that is not http(s) or whose host resolves to an address the crawler must not reach. */
    public void check(URI url) throws FetchRefused {
        addresses(url);
    }

    /** The host's addresses, all of them checked: the ones a connection to the URL may use. */
    public List<InetAddress> addresses(URI url) throws FetchRefused {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefused(url, "it is not an http or https URL", true);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchRefused(url, "it has no host name", true);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchRefused(url, "its host could not be resolved", false, e);
        }
        int port = port(url);
        for (InetAddress address : addresses) {
            if (isClusterNode(host, address, port)) {
                throw new FetchRefused(url, "it is one of the cluster's own Elasticsearch nodes", true);
            }
        }
        if (!allowPrivateAddresses) {
            for (InetAddress address : addresses) {
                String kind = privateKind(address);
                if (kind != null && allowed.stream().noneMatch(block -> block.contains(address))) {
                    throw new FetchRefused(url, "it resolves to " + address.getHostAddress() + ", " + kind + "; " + ALLOW_SETTING, true);
                }
            }
        }
        return List.of(addresses);
    }

    static int port(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private boolean isClusterNode(String host, InetAddress address, int port) {
        for (InetSocketAddress node : clusterNodes) {
            if (node.getPort() != port) {
                continue;
            }
            if (node.getHostString().equalsIgnoreCase(host)) {
                return true;
            }
            for (InetAddress nodeAddress : resolve(node)) {
                if (nodeAddress.equals(address) || (isLocalMachine(nodeAddress) && isLocalMachine(address))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A node on loopback or on all interfaces answers on every loopback address of the machine. */
    private static boolean isLocalMachine(InetAddress address) {
        return address.isLoopbackAddress() || address.isAnyLocalAddress();
    }

    private static List<InetAddress> resolve(InetSocketAddress node) {
        if (!node.isUnresolved()) {
            return List.of(node.getAddress());
        }
        try {
            return Arrays.asList(InetAddress.getAllByName(node.getHostString()));
        } catch (UnknownHostException e) {
            return List.of(); // a node that does not resolve cannot be reached through this URL either
        }
    }

    /** What kind of non-public address this is, as words for a message, or null for a public one. */
    static String privateKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && bytes[0] == 0)) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 100 && (second & 0xc0) == 64) {
                return "a shared (carrier-grade NAT) address";
            }
            if (first >= 240) {
                return "a reserved address";
            }
        }
        if (address instanceof Inet6Address ipv6) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return "a unique-local address";
            }
            if (ipv6.isIPv4CompatibleAddress()) {
                try {
                    return privateKind(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e); // four bytes always make an address
                }
            }
        }
        return null;
    }
}
