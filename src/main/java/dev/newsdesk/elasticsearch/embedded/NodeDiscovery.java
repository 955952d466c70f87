package dev.newsdesk.elasticsearch.embedded;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How an embedded node finds its cluster: alone, as the app runs it, or as one member of a cluster of such nodes on
 * loopback, as the tests of what a cluster survives run it. Writes the discovery lines of elasticsearch.yml.
 *
 * @param clusterName        the cluster's name, the same on every member
 * @param nodeName           this node's name, unique in the cluster
 * @param transportPort      this node's transport port on loopback; 0 picks a free one (for a node alone)
 * @param seedTransportPorts the loopback transport ports of the members to look for; empty for a node alone
 * @param initialMasterNodes the names of the members that elect the first master when the cluster first forms
 */
record NodeDiscovery(String clusterName, String nodeName, int transportPort, List<Integer> seedTransportPorts,
                     List<String> initialMasterNodes) {

    /** The app's own node: a single-node cluster, which needs no discovery and no transport TLS. */
    static final NodeDiscovery ALONE = new NodeDiscovery("newsdesk-embedded", "newsdesk", 0, List.of(), List.of());

    NodeDiscovery {
        seedTransportPorts = List.copyOf(seedTransportPorts);
        initialMasterNodes = List.copyOf(initialMasterNodes);
    }

    boolean alone() {
        return seedTransportPorts.isEmpty();
    }

    /** This discovery with its transport port decided. */
    NodeDiscovery onTransportPort(int port) {
        return new NodeDiscovery(clusterName, nodeName, port, seedTransportPorts, initialMasterNodes);
    }

    /**
     * The lines of elasticsearch.yml that place the node in its cluster. Members stay on loopback, so Elasticsearch
     * runs in development mode and does not require transport TLS, which a cluster bound to a network would.
     */
    String settings() {
        String common = """
                cluster.name: %s
                node.name: %s
                transport.port: %d
                """.formatted(clusterName, nodeName, transportPort);
        if (alone()) {
            return common + "discovery.type: single-node\n";
        }
        return common + """
                discovery.seed_hosts: [%s]
                cluster.initial_master_nodes: [%s]
                """.formatted(
                seedTransportPorts.stream().map(port -> "\"" + EmbeddedNode.LOOPBACK + ":" + port + "\"").collect(Collectors.joining(", ")),
                initialMasterNodes.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", ")));
    }
}
