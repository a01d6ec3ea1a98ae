package cn.gov.wujin.yanghu.listener;

import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.TransportFilter;
import org.glassfish.grizzly.http.KeepAlive;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerFilterConfiguration;
import org.glassfish.grizzly.nio.transport.TCPNIOServerConnection;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.ProtocolFinder;
import org.glassfish.grizzly.utils.DelayedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard on a real Grizzly HTTP chain as Payara builds it behind a port unification (codec,
 * then the server filter that refuses TRACE with 405 before any handler), over raw sockets:
 * a TRACE whose body would be read as the next request is refused and its connection closed;
 * everything else keeps its connection.
 */
class UnreadBodyGuardTest {

    private static final String SMUGGLED = "GET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";

    private final List<String> served = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private TCPNIOTransport transport;
    private int port;

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            transport.shutdownNow();
        }
        threads.shutdownNow();
    }

    @Test
    void withoutTheGuardTheBodyOfATraceIsServedAsTheNextRequest() throws IOException {
        // what the guard is for, on this Grizzly: should it ever read the body itself, the guard can go
        start(new PUFilter());
        try (Socket socket = connect()) {
            Reply trace = exchange(socket, "TRACE / HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + SMUGGLED.length() + "\r\n\r\n" + SMUGGLED);
            assertThat(trace.status()).isEqualTo(405);
            assertThat(read(socket).status()).as("the answer to the body").isEqualTo(200);
        }
        assertThat(served).containsExactly("GET /smuggled");
    }

    @Test
    void anApiAddressTheContainerWouldRefuseGetsTheApisJsonErrorBody() throws IOException {
        start(new GuardedPortUnification());
        for (String path : new String[]{"/api/v1/fraud-types/a%00b", "/api/v1/tips/%zz", "/api/v1/tips/1%2", "/api/v1/tips/a%ED%A0%80b"}) {
            try (Socket socket = connect()) {
                Reply refused = exchange(socket, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n\r\n");
                assertThat(refused.status()).as(path).isEqualTo(400);
                assertThat(refused.header("content-type")).as(path).startsWith("application/json");
                assertThat(refused.body()).as(path).contains("\"error\":\"invalid_input\"", "\"field\":\"path\"", "NUL byte");
            }
        }
        try (Socket socket = connect()) {
            Reply chinese = exchange(socket, "GET /api/v1/x%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(chinese.body()).contains("地址无效");
        }
        // a query is the application's to judge, and other addresses the container's: both go through
        try (Socket socket = connect()) {
            assertThat(exchange(socket, "GET /api/v1/tips?q=a%00b HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(200);
            assertThat(exchange(socket, "GET /login%2Fa HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(200);
            assertThat(exchange(socket, "GET /api/v1/stations/%E6%AD%A6%E8%BF%9B HTTP/1.1\r\nHost: localhost\r\n\r\n").status())
                    .as("UTF-8 escapes (武进)").isEqualTo(200);
        }
        assertThat(served).hasSize(3);
    }

    @Test
    void aTraceWithAContentLengthBodyIsRefusedAndItsConnectionClosed() throws IOException {
        start(new GuardedPortUnification());
        try (Socket socket = connect()) {
            Reply trace = exchange(socket, "TRACE / HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + SMUGGLED.length() + "\r\n\r\n" + SMUGGLED);
            assertThat(trace.status()).isEqualTo(400);
            assertThat(trace.header("connection")).isEqualToIgnoringCase("close");
            assertThat(closed(socket)).as("the connection after the refusal").isTrue();
        }
        assertThat(served).isEmpty();
    }

    @Test
    void aChunkedTraceIsRefusedAndItsConnectionClosed() throws IOException {
        start(new GuardedPortUnification());
        try (Socket socket = connect()) {
            Reply trace = exchange(socket, "TRACE / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n");
            assertThat(trace.status()).isEqualTo(400);
            assertThat(closed(socket)).as("the connection after the refusal").isTrue();
        }
        assertThat(served).isEmpty();
    }

    @Test
    void aTraceWithoutBodyStaysRefusedAndTheConnectionServesTheNextRequest() throws IOException {
        start(new GuardedPortUnification());
        try (Socket socket = connect()) {
            assertThat(exchange(socket, "TRACE / HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(405);
            assertThat(exchange(socket, "TRACE / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n").status()).isEqualTo(405);
            Reply next = exchange(socket, "GET /next HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.body()).isEqualTo("GET /next");
        }
        assertThat(served).containsExactly("GET /next");
    }

    @Test
    void requestsWithBodiesTheCodecReadsKeepTheirConnection() throws IOException {
        start(new GuardedPortUnification());
        try (Socket socket = connect()) {
            assertThat(exchange(socket, "POST /form HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + SMUGGLED.length() + "\r\n\r\n"
                    + SMUGGLED).status()).isEqualTo(200);
            assertThat(exchange(socket, "PUT /chunks HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
                    .status()).isEqualTo(200);
            assertThat(exchange(socket, "GET /last HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(200);
        }
        assertThat(served).containsExactly("POST /form " + SMUGGLED, "PUT /chunks abc", "GET /last");
    }

    @Test
    void withoutTheGuardThePostBodyOfAnHttp2UpgradeIsNeverReadToItsEnd() throws IOException {
        // what the codec does with an upgrade no filter takes: the body becomes the raw new protocol
        start(new PUFilter());
        try (Socket socket = connect()) {
            socket.setSoTimeout(1_000);
            assertThatThrownBy(() -> exchange(socket, h2cUpgrade("POST /api", "{\"a\":1}"))).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void anHttp2UpgradeIsDeclinedAndTheRequestAnsweredInHttp1OnAConnectionKeptAlive() throws IOException {
        start(new GuardedPortUnification());
        try (Socket socket = connect()) {
            Reply get = exchange(socket, h2cUpgrade("GET /page", ""));
            assertThat(get.status()).isEqualTo(200);
            assertThat(get.header("connection")).as("a connection kept for the next request").isNull();
            Reply post = exchange(socket, h2cUpgrade("POST /api", "{\"a\":1}"));
            assertThat(post.status()).isEqualTo(200);
            assertThat(post.body()).isEqualTo("POST /api");
            assertThat(exchange(socket, "GET /next HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(200);
        }
        assertThat(served).containsExactly("GET /page", "POST /api {\"a\":1}", "GET /next");
    }

    /** A request as Java's HttpClient sends it over http:// by default: asking to go on in HTTP/2. */
    private static String h2cUpgrade(String requestLine, String body) {
        return requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
                + (body.isEmpty() ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n") + "\r\n" + body;
    }

    @Test
    void theGuardGoesAfterTheCodecOnceAlsoBehindANestedPortUnification() {
        FilterChain inner = FilterChainBuilder.stateless().add(new TransportFilter()).add(new org.glassfish.grizzly.http.HttpServerFilter()).build();
        PUFilter tls = new PUFilter();
        tls.register((context, ctx) -> ProtocolFinder.Result.FOUND,
                tls.getPUFilterChainBuilder().add(new org.glassfish.grizzly.http.HttpServerFilter()).build());
        FilterChain outer = FilterChainBuilder.stateless().add(tls).build();

        GuardedPortUnification.guard(inner);
        GuardedPortUnification.guard(inner);
        GuardedPortUnification.guard(outer);

        assertThat(inner).hasSize(3);
        assertThat(inner.get(2)).isInstanceOf(UnreadBodyGuard.class);
        FilterChain behindTls = tls.getProtocols().iterator().next().getFilterChain();
        assertThat(behindTls.get(behindTls.size() - 1)).isInstanceOf(UnreadBodyGuard.class);
    }

    /** A listener as Payara makes it for a port-unification protocol: the finder takes every connection as HTTP. */
    private void start(PUFilter portUnification) throws IOException {
        DelayedExecutor delayed = new DelayedExecutor(threads);
        delayed.start();
        org.glassfish.grizzly.http.server.HttpServerFilter server =
                new org.glassfish.grizzly.http.server.HttpServerFilter(new ServerFilterConfiguration(), delayed);
        server.setHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                String body;
                try {
                    body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException cut) { // the client went away while the body was still awaited
                    return;
                }
                String seen = request.getMethod() + " " + request.getRequestURI() + (body.isEmpty() ? "" : " " + body);
                served.add(seen);
                response.setContentType("text/plain");
                response.getWriter().write(request.getMethod() + " " + request.getRequestURI());
            }
        });
        FilterChain http = portUnification.getPUFilterChainBuilder()
                .add(new org.glassfish.grizzly.http.HttpServerFilter(true, 8192, new KeepAlive(), delayed))
                .add(server)
                .build();
        portUnification.register((context, ctx) -> ProtocolFinder.Result.FOUND, http);
        transport = TCPNIOTransportBuilder.newInstance().build();
        transport.setProcessor(FilterChainBuilder.stateless().add(new TransportFilter()).add(portUnification).build());
        TCPNIOServerConnection bound = transport.bind("127.0.0.1", 0);
        port = ((InetSocketAddress) bound.getLocalAddress()).getPort();
        transport.start();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        return socket;
    }

    private record Reply(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    private static Reply exchange(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return read(socket);
    }

    /** One answer with a Content-Length or chunked body (as these servers give). */
    private static Reply read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String head = line(in);
        StringBuilder headers = new StringBuilder();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            headers.append(h).append("\r\n");
        }
        Reply reply = new Reply(Integer.parseInt(head.split(" ")[1]), headers.toString(), "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(reply.header("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else if (reply.header("content-length") != null) {
            body.write(in.readNBytes(Integer.parseInt(reply.header("content-length"))));
        }
        return new Reply(reply.status(), reply.headers(), body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("connection closed before the answer ended: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** True when the server closed the connection: nothing more comes, the stream ends. */
    private static boolean closed(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }
}
