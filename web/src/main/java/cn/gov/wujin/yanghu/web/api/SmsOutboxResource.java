package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.notification.NotificationViews.SmsMessageRow;
import cn.gov.wujin.yanghu.notification.SmsDispatcher;
import cn.gov.wujin.yanghu.notification.SmsDispatcher.Dispatched;
import cn.gov.wujin.yanghu.notification.SmsOutboxAdmin;
import cn.gov.wujin.yanghu.notification.SmsStatus;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The SMS outbox, for the administrator: what waits, went or failed; a round sent now; a failed message sent again. */
@Path("sms-outbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SmsOutboxResource {

    @Inject
    private SmsOutboxAdmin outbox;

    @Inject
    private SmsDispatcher dispatcher;

    @GET
    @Operation(summary = "The outbox newest first, phones masked (ADMIN); status PENDING, SENT or FAILED, or all")
    public Page<SmsMessageRow> messages(@QueryParam("status") String status, @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        return outbox.messages(status(status), first, size);
    }

    @POST
    @Path("dispatch")
    @Operation(summary = "Send due messages now, one round of at most limit (1-100, default 20), rather than at the next timer run "
            + "(ADMIN): claimed, sent, retrying, failed")
    public Dispatched dispatch(@QueryParam("limit") Integer limit) {
        return dispatcher.dispatch(limit);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a FAILED message again, its attempts counted afresh (ADMIN); 409 when it has not failed")
    public SmsMessageRow retry(@PathParam("id") long id) {
        return outbox.retry(id);
    }

    private static SmsStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SmsStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "error.body.notOneOf", "status",
                    Arrays.stream(SmsStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
