package cn.gov.wujin.yanghu.operations.domain;

import cn.gov.wujin.yanghu.shared.InvalidInputException;

import java.io.Serializable;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Addresses and CIDR ranges (IPv4 and IPv6), such as the balancers in front of the application.
 * Only literal addresses: a host name would need a lookup on every request and could be spoofed.
 */
public final class AddressRanges implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final AddressRanges NONE = new AddressRanges(List.of());

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads a list separated by commas, blanks or line breaks; an entry that is no address or
     * range is refused, naming {@code field} and the entry.
     */
    public static AddressRanges parse(String text, String field) {
        List<Range> ranges = new ArrayList<>();
        if (text != null) {
            for (String entry : text.split("[,\\s]+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                Range range = Range.parse(entry);
                if (range == null) {
                    throw new InvalidInputException(field, "setup.proxies.invalid", entry);
                }
                if (!ranges.contains(range)) {
                    ranges.add(range);
                }
            }
        }
        if (ranges.size() > 50) {
            throw new InvalidInputException(field, "setup.proxies.tooMany", 50);
        }
        return new AddressRanges(ranges);
    }

    /** Both lists' entries. */
    public AddressRanges and(AddressRanges other) {
        List<Range> all = new ArrayList<>(ranges);
        other.ranges.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new AddressRanges(all);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * The client's address of a request that reached us from {@code peer} with these
     * X-Forwarded-For headers (each a list, the nearest hop last): when the peer is one of ours,
     * the right-most forwarded address that is not; otherwise the peer itself, whatever the
     * header says (a direct caller cannot choose its address). An entry that is no address
     * ends the walk at the hop that wrote it.
     */
    public String clientAddress(String peer, Collection<String> forwardedFor) {
        if (forwardedFor == null || forwardedFor.isEmpty() || !contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = bare(hops.get(i));
            if (literal(hop) == null) {
                return client;
            }
            client = hop;
            if (!contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** The entries as one line, in their canonical form. */
    @Override
    public String toString() {
        return String.join(", ", ranges.stream().map(Range::toString).toList());
    }

    public List<String> entries() {
        return ranges.stream().map(Range::toString).toList();
    }

    /** An IPv6 hop may come as [addr] or [addr]:port; IPv4 as addr:port. */
    private static String bare(String hop) {
        if (hop.startsWith("[") && hop.indexOf(']') > 0) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** The address's bytes, or null if it is no literal IPv4 or IPv6 address (never a name lookup). */
    static byte[] literal(String address) {
        if (address == null) {
            return null;
        }
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !(address.contains(":") && IPV6.matcher(address).matches())) {
            return null;
        }
        if (v4) {
            for (String part : address.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            // an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is the IPv4 address: Java already answers it as such
            return bytes;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) implements Serializable {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                return null;
            }
            int bits = bytes.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = entry.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                    return null;
                }
                prefix = Integer.parseInt(length);
            }
            return new Range(mask(bytes, prefix), prefix);
        }

        boolean contains(byte[] address) {
            return address.length == network.length && java.util.Arrays.equals(mask(address, prefix), network);
        }

        private static byte[] mask(byte[] bytes, int prefix) {
            byte[] masked = bytes.clone();
            for (int i = 0; i < masked.length; i++) {
                int keep = Math.max(0, Math.min(8, prefix - i * 8));
                masked[i] = (byte) (masked[i] & (0xff << (8 - keep)));
            }
            return masked;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Range r && r.prefix == prefix && java.util.Arrays.equals(r.network, network);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(network) * 31 + prefix;
        }

        @Override
        public String toString() {
            try {
                String address = InetAddress.getByAddress(network).getHostAddress();
                return prefix == network.length * 8 ? address : address + "/" + prefix;
            } catch (UnknownHostException e) {
                return new BigInteger(1, network).toString(16);
            }
        }
    }
}
