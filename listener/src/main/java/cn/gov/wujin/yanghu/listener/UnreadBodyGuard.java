package cn.gov.wujin.yanghu.listener;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;

/**
 * Refuses, with 400 and a closed connection, a request that declares a body the HTTP codec
 * will not read: a TRACE (the codec's {@code Method.TRACE} allows no payload, so
 * {@code HttpServerFilter.prepareRequest} ignores its Content-Length or chunked encoding) that
 * carries one anyway. Left alone, that body stays on the kept-alive connection and is parsed as
 * the next request (request smuggling): one client's bytes become another request, or break
 * the next one with a 505 or 501. Sits right after the codec, so no handler sees such a request,
 * and nothing read after it on that connection is served.
 */
public class UnreadBodyGuard extends BaseFilter {

    /** Set on a connection once this guard refused a request on it. */
    private final Attribute<Boolean> refused = Grizzly.DEFAULT_ATTRIBUTE_BUILDER
            .createAttribute(UnreadBodyGuard.class.getName() + ".refused");

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
        if (!bodyIgnored(request.getMethod()) || !declaresBody(request)) {
            return ctx.getInvokeAction();
        }
        refused.set(connection, Boolean.TRUE);
        HttpResponsePacket response = request.getResponse();
        HttpStatus.BAD_REQUEST_400.setValues(response);
        response.setContentLength(0);
        // the codec answers with "Connection: close" and closes after writing, as for its own errors
        request.getProcessingState().setKeepAlive(false);
        ctx.write(HttpContent.builder(response).last(true).build());
        // closed now, not once the answer is out: the codec parses the rest of this read next,
        // and whatever it might answer to that must find the connection closed
        connection.closeSilently();
        return ctx.getStopAction();
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
