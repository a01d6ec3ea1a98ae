package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.notification.NotificationCenter;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationPage;
import cn.gov.wujin.yanghu.notification.NotificationRow;
import cn.gov.wujin.yanghu.organization.access.CurrentCaller;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.live.LiveClient;
import cn.gov.wujin.yanghu.web.live.NotificationFeed;
import cn.gov.wujin.yanghu.web.api.contract.Paging;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The caller's own notifications: the list, marking read, and a live stream for clients that are not the pages. */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** A notification in the caller's language. */
    @Schema(name = "Notification", description = "A notification to the caller, its words in the language of Accept-Language.")
    public record Row(
            @Schema(required = true, example = "90412") long id,
            @Schema(required = true, type = SchemaType.STRING, implementation = NotificationKind.class, description = "What it is "
                    + "about.") String kind,
            @Schema(required = true, example = "您的线索有新进展") String title,
            @Schema(required = true, example = "线索 7KQ2M-XH9PA：已就地处置") String text,
            @Schema(description = "The page of the record it is about, a path of the application.",
                    example = "/patrol/my-tips.xhtml") String link,
            @Schema(required = true, description = "Urgent kinds (warning leads, stop-payments ending, escalations) stand out and "
                    + "ignore quiet hours for SMS.") boolean urgent,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "When it was marked read; absent while unread.") Instant readAt) {
    }

    @Schema(name = "NotificationList", description = "A page of the caller's notifications, with the totals.")
    public record Rows(
            @Schema(required = true, description = "This page, newest first.") List<Row> rows,
            @Schema(required = true, description = "All notifications matching (all, or the unread ones with unread=true).") long total,
            @Schema(required = true, description = "All of the caller's unread notifications.") long unread) {
    }

    /** How many notifications a "mark all read" marked. */
    @Schema(name = "NotificationsMarked", description = "How many notifications were marked read.")
    public record Marked(@Schema(required = true, description = "Those that were unread until now.", example = "3") int marked) {
    }

    @Inject
    private NotificationCenter center;

    @Inject
    private NotificationFeed feed;

    @Inject
    private CurrentCaller callers;

    @GET
    @Operation(summary = "List one's notifications", description = "The caller's own notifications, newest first, with the total "
            + "and the unread count (the bell); `unread=true` leaves out what was read. Their words are in the language of "
            + "Accept-Language (zh-CN unless en is asked for). Paged.")
    public Rows list(@Parameter(description = "true: only the unread ones.") @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                     @Parameter(description = Paging.FIRST) @QueryParam("first") @DefaultValue("0") int first,
                     @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue("20") int size,
                     @Context HttpHeaders headers) {
        NotificationPage page = center.page(unreadOnly, first, size);
        Locale locale = locale(headers);
        return new Rows(page.rows().stream().map(r -> row(r, locale)).toList(), page.total(), page.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark a notification read", description = "Marks one of the caller's notifications read (again: it keeps "
            + "the first time). Another person's notification does not exist for the caller (404).")
    @RequestBody(required = false, description = ShiftResource.NOTHING_READ, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = ShiftResource.NOTHING_READ)))
    @APIResponse(responseCode = "200", description = "The notification, read.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Row.class)))
    public Row markRead(@Parameter(description = "The notification's id.", example = "90412") @PathParam("id") long id,
                        @Context HttpHeaders headers) {
        return row(center.markRead(id), locale(headers));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all one's notifications read", description = "Marks every unread notification of the caller read "
            + "and answers how many there were.")
    @RequestBody(required = false, description = ShiftResource.NOTHING_READ, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = ShiftResource.NOTHING_READ)))
    @APIResponse(responseCode = "200", description = "How many were marked.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Marked.class)))
    public Marked markAllRead() {
        return new Marked(center.markAllRead());
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream one's new notifications", description = "Server-sent events (text/event-stream) for clients that "
            + "are not the application's pages: one event per new notification of the caller, as it is committed on any instance. "
            + "The stream opens with a `: connected` comment and `retry: 3000`; each event has `event: notification`, `id:` the "
            + "notification's id and `data:` a JSON object {id, kind, title, text, link, urgent, createdAt, unread} (the fields of a "
            + "Notification, link \"\" when there is none, and `unread` the caller's unread count). A `: ping` comment every 20 "
            + "seconds keeps proxies from closing it. On reconnecting, `Last-Event-ID` (sent by EventSource itself) resumes after "
            + "that id: the notifications missed meanwhile come first, oldest first (50 at once, the rest with the next new one); "
            + "without it the stream starts now. The words are in the language of "
            + "Accept-Language.")
    @APIResponse(responseCode = "200", description = "The event stream; it stays open until the client or the server closes it.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "Events: `id: 90412`, `event: notification`, `data: {\"id\":90412,\"kind\":\"TIP_STATUS_CHANGED\",...,"
                            + "\"unread\":3}`.")))
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @Parameter(description = "The id of the last event received: the stream resumes after it.",
                               schema = @Schema(type = SchemaType.STRING, example = "90411"))
                       @HeaderParam("Last-Event-ID") String lastEventId, @Context HttpHeaders headers) {
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
