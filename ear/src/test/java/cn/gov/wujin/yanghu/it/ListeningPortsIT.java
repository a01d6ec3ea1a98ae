package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server opens only what it must (README, "Hardening"): every port the test server's process
 * listens on, read from the kernel's socket tables, is in the declared list, and those declared
 * private listen on the loopback only. The test server is configured by the same steps as
 * ./run.sh's (scripts/lib.sh, configure_domain), so an undeclared listener there fails here.
 */
class ListeningPortsIT extends DeployedApplication {

    /** Port → whether the world may reach it; the test domain's ports (base 28000, data grid 29900). */
    private static final Map<Integer, Boolean> DECLARED = Map.of(
            28080, true,    // HTTP (http-listener-1), behind the balancer in production
            28081, true,    // HTTPS (http-listener-2)
            28048, false,   // administration (asadmin, the console)
            28086, false,   // JMX
            28090, false,   // management: health, metrics, the API document
            29900, false);  // the data grid (Hazelcast) of the domain

    @Test
    void everyListeningPortIsDeclaredAndThePrivateOnesListenOnTheLoopbackOnly() throws IOException {
        Set<Long> sockets = socketsOf(pidListeningOn(TestEnv.baseUrl().getPort()));
        Map<Integer, Set<String>> listening = new TreeMap<>();
        for (Listener l : listeners()) {
            if (sockets.contains(l.inode())) {
                listening.computeIfAbsent(l.port(), p -> new HashSet<>()).add(l.address());
            }
        }
        assertThat(listening).as("the test server's listeners (port → addresses)").containsKey(TestEnv.baseUrl().getPort());
        assertThat(listening.keySet()).as("listening ports not in the declared list: %s", listening).isSubsetOf(DECLARED.keySet());
        Map<Integer, Set<String>> openPrivate = listening.entrySet().stream()
                .filter(e -> !DECLARED.get(e.getKey()))
                .filter(e -> e.getValue().stream().anyMatch(a -> !isLoopback(a)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(openPrivate).as("private ports listening beyond the loopback").isEmpty();
        // IIOP (3700 + base) and JMS (7676 + base) are off
        assertThat(listening).doesNotContainKeys(28037, 28076);
    }

    private record Listener(String address, int port, long inode) {
    }

    /** LISTEN sockets of /proc/net/tcp and tcp6: local address, port, inode. */
    private static List<Listener> listeners() throws IOException {
        List<Listener> all = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) { // after the heading
                String[] f = line.trim().split("\\s+");
                if (!f[3].equals("0A")) { // TCP_LISTEN
                    continue;
                }
                String[] local = f[1].split(":");
                all.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16), Long.parseLong(f[9])));
            }
        }
        return all;
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) order. */
    private static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - b) * 2, word * 8 + (3 - b) * 2 + 2), 16);
            }
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(hex, e);
        }
    }

    private static boolean isLoopback(String address) {
        try {
            InetAddress a = InetAddress.getByName(address);
            if (a.isLoopbackAddress()) {
                return true;
            }
            byte[] b = a.getAddress(); // ::ffff:127.x.x.x, an IPv4 loopback on an IPv6 socket
            return b.length == 16 && new BigInteger(1, Arrays.copyOf(b, 12)).equals(BigInteger.valueOf(0xffff)) && b[12] == 127;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(address, e);
        }
    }

    private static long pidListeningOn(int port) throws IOException {
        Set<Long> inodes = listeners().stream().filter(l -> l.port() == port).map(Listener::inode).collect(Collectors.toSet());
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                if (socketsOf(process).stream().anyMatch(inodes::contains)) {
                    return Long.parseLong(process.getFileName().toString());
                }
            }
        }
        throw new IllegalStateException("no process listens on " + port);
    }

    private static Set<Long> socketsOf(long pid) {
        return socketsOf(Path.of("/proc", String.valueOf(pid)));
    }

    private static Set<Long> socketsOf(Path process) {
        Set<Long> sockets = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException gone) {
                    // closed while we looked
                }
            }
        } catch (IOException | UncheckedIOException notOurs) {
            // a process that ended, or one we may not look into
        }
        return sockets;
    }
}
