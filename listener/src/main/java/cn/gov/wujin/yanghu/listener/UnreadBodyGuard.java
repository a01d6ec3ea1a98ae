package cn.gov.wujin.yanghu.listener;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses, with 400 and a closed connection, a request that declares a body the HTTP codec
 * will not read: a TRACE (the codec's {@code Method.TRACE} allows no payload, so
 * {@code HttpServerFilter.prepareRequest} ignores its Content-Length or chunked encoding) that
 * carries one anyway. Left alone, that body stays on the kept-alive connection and is parsed as
 * the next request (request smuggling): one client's bytes become another request, or break
 * the next one (400, 501, 505). Sits right after the codec, so no handler sees such a request,
 * and nothing read after it on that connection is served.
 * <p>
 * Where the chain serves no HTTP/2 (behind a port unification Payara turns it off), it also
 * declines an HTTP/2 upgrade ({@code Upgrade: h2c}, as Java's HttpClient sends by default): the
 * codec takes the body of any upgrade request for the raw bytes of the new protocol, and with no
 * HTTP/2 filter to take it back a POST's body was never read to its end. Declined, the request is
 * answered in HTTP/1.1 as though the Upgrade were absent (RFC 7540, 3.2), on a connection kept alive.
 * <p>
 * And an API address the web container refuses before any application sees it (a NUL byte or a
 * broken escape in the path: Catalina answers those with an empty 400) gets the API's JSON error
 * body here instead, so that every answer of {@code /api/} has the shape its contract promises.
 */
public class UnreadBodyGuard extends BaseFilter {

    /** Set on a connection once this guard refused a request on it. */
    private final Attribute<Boolean> refused = Grizzly.DEFAULT_ATTRIBUTE_BUILDER
            .createAttribute(UnreadBodyGuard.class.getName() + ".refused");

    private final boolean declineHttp2Upgrade;

    /** A guard for a chain that serves no HTTP/2: it declines upgrades to it. */
    public UnreadBodyGuard() {
        this(true);
    }

    /** @param declineHttp2Upgrade whether to decline {@code Upgrade: h2c} (false where an HTTP/2 filter takes it) */
    public UnreadBodyGuard(boolean declineHttp2Upgrade) {
        this.declineHttp2Upgrade = declineHttp2Upgrade;
    }

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) {
        if (declineHttp2Upgrade && event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            String upgrade = header.getUpgrade();
            if (header.isRequest() && upgrade != null && "h2c".equalsIgnoreCase(upgrade.trim())) {
                // the body framed by Content-Length or chunks again, as for any HTTP/1.1 request,
                // and no upgrade any more: the codec closes the connection after answering one
                // (a client that pooled it would then send its next request into a closed socket)
                header.setIgnoreContentModifiers(false);
                header.getUpgradeDC().recycle();
                return ctx.getStopAction();
            }
        }
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        Connection<?> connection = ctx.getConnection();
        if (refused.isSet(connection)) {
            // the bytes after a refused request (its body, read as requests): the connection is
            // closing, and none of them reaches a handler
            return ctx.getStopAction();
        }
        if (unusableApiAddress(request.getRequestURIRef().getOriginalRequestURIBC().toString())) {
            return refuse(ctx, request, invalidAddress(request.getHeader("Accept-Language")));
        }
        if (!bodyIgnored(request.getMethod()) || !declaresBody(request)) {
            return ctx.getInvokeAction();
        }
        return refuse(ctx, request, null);
    }

    /** 400, with the given JSON body or none, and the connection closed: nothing after it on the connection is read. */
    private NextAction refuse(FilterChainContext ctx, HttpRequestPacket request, String json) {
        Connection<?> connection = ctx.getConnection();
        refused.set(connection, Boolean.TRUE);
        HttpResponsePacket response = request.getResponse();
        HttpStatus.BAD_REQUEST_400.setValues(response);
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (json != null) {
            response.setContentType("application/json;charset=UTF-8");
        }
        // the codec answers with "Connection: close" and closes after writing, as for its own errors
        request.getProcessingState().setKeepAlive(false);
        ctx.write(HttpContent.builder(response).content(Buffers.wrap(null, body)).last(true).build());
        // closed now, not once the answer is out: the codec parses the rest of this read next,
        // and whatever it might answer to that must find the connection closed
        connection.closeSilently();
        return ctx.getStopAction();
    }

    /**
     * An address of the API whose path the web container would refuse with an empty 400: a
     * NUL byte ({@code %00}), a {@code %} not followed by two hex digits, or escapes that are no
     * UTF-8. The query is the application's to judge (it names the parameter).
     */
    static boolean unusableApiAddress(String rawUri) {
        if (!rawUri.startsWith("/api/")) {
            return false;
        }
        int query = rawUri.indexOf('?');
        String path = query < 0 ? rawUri : rawUri.substring(0, query);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0 || Character.digit(path.charAt(i + 2), 16) < 0) {
                return true;
            }
            int b = Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16);
            if (b == 0) {
                return true;
            }
            bytes.write(b);
            i += 2;
        }
        try { // escapes that are no UTF-8 (half of a surrogate pair, say): the container refuses those too
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return false;
        } catch (CharacterCodingException notUtf8) {
            return true;
        }
    }

    /** The API's error body (field "path"), in the caller's language as far as this layer can tell (zh-CN unless en). */
    static String invalidAddress(String acceptLanguage) {
        boolean english = acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en");
        String message = english ? "Invalid address: the path holds a NUL byte, a broken %-escape or bytes that are no UTF-8."
                : "地址无效：路径中含有空字符（%00）、不完整的 % 转义或非 UTF-8 字节。";
        return "{\"error\":\"invalid_input\",\"message\":\"" + message + "\",\"field\":\"path\"}";
    }

    /**
     * A method whose body the codec never reads, as HttpServerFilter.prepareRequest decides: one
     * that may carry none (TRACE), but CONNECT and PRI, whose bytes after the head are a tunnel.
     */
    static boolean bodyIgnored(Method method) {
        return method.getPayloadExpectation() == Method.PayloadExpectation.NOT_ALLOWED && method != Method.CONNECT && method != Method.PRI;
    }

    /** A Content-Length above zero, or any Transfer-Encoding (chunked or not: framing all the same). */
    static boolean declaresBody(HttpRequestPacket request) {
        return request.getContentLength() > 0 || request.isChunked() || request.getHeaders().contains(Header.TransferEncoding);
    }
}
