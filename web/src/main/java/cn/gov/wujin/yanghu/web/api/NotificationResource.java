package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.notification.NotificationCenter;
import cn.gov.wujin.yanghu.notification.NotificationPage;
import cn.gov.wujin.yanghu.notification.NotificationRow;
import cn.gov.wujin.yanghu.organization.access.CurrentCaller;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.live.LiveClient;
import cn.gov.wujin.yanghu.web.live.NotificationFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The caller's own notifications: the list, marking read, and a live stream for clients that are not the pages. */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** A notification in the caller's language. */
    public record Row(long id, String kind, String title, String text, String link, boolean urgent, Instant createdAt,
                      Instant readAt) {
    }

    public record Rows(List<Row> rows, long total, long unread) {
    }

    @Inject
    private NotificationCenter center;

    @Inject
    private NotificationFeed feed;

    @Inject
    private CurrentCaller callers;

    @GET
    @Operation(summary = "The caller's notifications, newest first; unread=true leaves out what was read")
    public Rows list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("size") @DefaultValue("20") int size, @Context HttpHeaders headers) {
        NotificationPage page = center.page(unreadOnly, first, size);
        Locale locale = locale(headers);
        return new Rows(page.rows().stream().map(r -> row(r, locale)).toList(), page.total(), page.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (404 for another's)")
    public Row markRead(@PathParam("id") long id, @Context HttpHeaders headers) {
        return row(center.markRead(id), locale(headers));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all the caller's notifications read; answers how many were unread")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", center.markAllRead());
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events, one per new notification (event 'notification', id = its id, data = the row and "
            + "the unread count); Last-Event-ID resumes after that id, otherwise the stream starts now")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
                       @Context HttpHeaders headers) {
        Long account = callers.get().accountId();
        if (account == null) {
            throw new NotAuthorizedException("Bearer");
        }
        long after = lastEventId == null ? center.bell().latestId() : parse(lastEventId);
        // the answer's head goes out now; whatever commits from here on reaches the client, as it
        // connects after `after` was read
        sink.send(sse.newEventBuilder().comment("connected").reconnectDelay(3000).build());
        feed.connect(new LiveClient(account, locale(headers), after) {
            @Override
            protected boolean send(long id, String name, String json) {
                return deliver(sse.newEventBuilder().id(String.valueOf(id)).name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(json).build());
            }

            @Override
            protected boolean ping() {
                return deliver(sse.newEventBuilder().comment("ping").build());
            }

            @Override
            protected void close() {
                sink.close();
            }

            private boolean deliver(OutboundSseEvent event) {
                if (sink.isClosed()) {
                    return false;
                }
                try {
                    sink.send(event).toCompletableFuture().join();
                    return true;
                } catch (RuntimeException gone) {
                    return false;
                }
            }
        });
    }

    private static long parse(String id) {
        try {
            return Math.max(0, Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    static Row row(NotificationRow r, Locale locale) {
        return new Row(r.id(), r.kind().name(), r.title(locale), r.text(locale), r.link(), r.urgent(), r.createdAt(), r.readAt());
    }
}
