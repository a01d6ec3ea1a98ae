package cn.gov.wujin.yanghu.web.live;

import cn.gov.wujin.yanghu.organization.access.CurrentCaller;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The pages' live feed ({@code EventSource} of every page's bell): server-sent events over
 * the session, one per new notification of the signed-in account. The page names the newest
 * notification it showed ({@code after}); a reconnecting browser sends {@code Last-Event-ID}.
 */
@WebServlet(urlPatterns = "/live/notifications", asyncSupported = true)
public class PageStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient NotificationFeed feed;

    @Inject
    private transient CurrentCaller callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long account = callers.get().accountId();
        if (account == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        long after = Math.max(number(request.getHeader("Last-Event-ID")), number(request.getParameter("after")));
        Locale locale = Messages.supported(Locale.forLanguageTag(String.valueOf(request.getParameter("lang"))));
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // nginx passes each event on at once
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        PrintWriter out = response.getWriter();
        out.write("retry: 3000\n\n");
        out.flush();
        LiveClient client = new LiveClient(account, locale, after) {
            @Override
            protected boolean send(long id, String name, String json) {
                return write("id: " + id + "\nevent: " + name + "\ndata: " + json + "\n\n");
            }

            @Override
            protected boolean ping() {
                return write(": ping\n\n");
            }

            @Override
            protected void close() {
                try {
                    async.complete();
                } catch (IllegalStateException alreadyOver) {
                    // the browser went first
                }
            }

            private synchronized boolean write(String text) {
                out.write(text);
                out.flush();
                return !out.checkError();
            }
        };
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                gone(client);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                gone(client);
            }

            @Override
            public void onError(AsyncEvent event) {
                gone(client);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // nothing to do
            }
        });
        feed.connect(client);
    }

    private void gone(LiveClient client) {
        try {
            feed.disconnect(client);
        } catch (RuntimeException stopping) {
            // the application is being stopped: the feed has let go of every client already
        }
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
