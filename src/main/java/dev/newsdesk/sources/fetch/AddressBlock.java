package dev.newsdesk.sources.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of IP addresses in CIDR notation, such as {@code 10.1.0.0/16} or {@code fd00::/8}. */
record AddressBlock(byte[] network, int prefixBits) {

    /** Reads {@code address/bits}, or a bare address as a block of one. */
    static AddressBlock parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException(cidr + " in newsdesk.sources.allowed-addresses is not an IP address block");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(address).getAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr + " in newsdesk.sources.allowed-addresses is not an IP address block", e);
        }
        int bits = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
        if (bits < 0 || bits > network.length * 8) {
            throw new IllegalArgumentException(cidr + " in newsdesk.sources.allowed-addresses has a prefix longer than its address");
        }
        return new AddressBlock(network, bits);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixBits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
