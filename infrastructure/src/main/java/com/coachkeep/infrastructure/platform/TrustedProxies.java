package com.coachkeep.infrastructure.platform;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The TLS-terminating proxies whose {@code X-Forwarded-Proto} header is believed ({@code coachkeep.http.trusted-proxies}:
 * a comma-separated list of addresses and CIDR blocks, empty by default). The header of any other peer is ignored, so
 * a client cannot make the server take a plain HTTP request for an HTTPS one. Only literal addresses are accepted:
 * a host name would be resolved through DNS, which an attacker may influence.
 */
public final class TrustedProxies {
    public static final String SETTING = "coachkeep.http.trusted-proxies";

    private record Block(byte[] network, int prefix) {
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Parses the setting; an entry that is not a literal address or CIDR block fails start-up rather than being skipped. */
    public static TrustedProxies parse(String setting) {
        List<Block> blocks = new ArrayList<>();
        if (setting == null) {
            return none();
        }
        for (String raw : setting.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            byte[] address = literal(parts[0].strip())
                    .orElseThrow(() -> new IllegalArgumentException(SETTING + ": '" + entry + "' is not an IP address or CIDR block"));
            int prefix = address.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException(SETTING + ": '" + entry + "' has an invalid prefix length");
                }
            }
            blocks.add(new Block(address, prefix));
        }
        return new TrustedProxies(blocks);
    }

    /** Whether the peer's address (as the servlet container reports it) is one of the trusted proxies. */
    public boolean trusts(String peerAddress) {
        if (blocks.isEmpty() || peerAddress == null) {
            return false;
        }
        byte[] peer = literal(peerAddress.strip()).orElse(null);
        if (peer == null) {
            return false;
        }
        for (Block block : blocks) {
            if (block.network().length == peer.length && samePrefix(block.network(), peer, block.prefix())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the request reached the edge over HTTPS: it came over TLS itself, or through a trusted proxy that says
     * its client used HTTPS (the first value of {@code X-Forwarded-Proto}, as a chain of proxies appends theirs).
     */
    public boolean overHttps(boolean secure, String peerAddress, String forwardedProto) {
        if (secure) {
            return true;
        }
        if (forwardedProto == null || !trusts(peerAddress)) {
            return false;
        }
        return forwardedProto.split(",", 2)[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    private static boolean samePrefix(byte[] a, byte[] b, int prefix) {
        if (prefix == 0) {
            return true;
        }
        int shift = a.length * 8 - prefix;
        return new BigInteger(1, a).shiftRight(shift).equals(new BigInteger(1, b).shiftRight(shift));
    }

    /** The bytes of a literal IPv4 or IPv6 address, never looked up by name. */
    private static java.util.Optional<byte[]> literal(String text) {
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        boolean ipv4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = t.contains(":") && t.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return java.util.Optional.empty();
        }
        if (ipv4 && java.util.Arrays.stream(t.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException e) {
            return java.util.Optional.empty();
        }
    }
}
