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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Operation(summary = "List the SMS outbox", description = "The text messages waiting for, handed to or given up by the SMS "
            + "platform, newest first, phones masked.")
    @APIResponse(responseCode = "200", description = "A page of the outbox.")
    public Page<SmsMessageRow> messages(@Parameter(description = "Only messages in this status (case-insensitive); all without it. "
                                                + "Another value is refused (400).", schema = @Schema(type = SchemaType.STRING,
                                                enumeration = {"PENDING", "SENT", "FAILED"}))
                                        @QueryParam("status") String status,
                                        // first and size: checked and documented for every list in one place (PagingParameters, ApiContractFilter)
                                        @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        return outbox.messages(status(status), first, size);
    }

    @POST
    @Path("dispatch")
    @Operation(summary = "Send due SMS messages now", description = """
            Sends one round of due messages now, rather than at the next run (every 5 seconds on every instance): urgent ones \
            first. A message is never sent twice at once, whoever else is sending. A message the platform does not accept is \
            tried again later (after 30 s, 2, 10 and 30 minutes, 1 and 2 hours) and FAILED after its seventh attempt.""")
    @APIResponse(responseCode = "200", description = "What the round did.")
    public Dispatched dispatch(@Parameter(description = "The most messages of the round, 1 to 100; another value is refused (400).",
                                       schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100",
                                               defaultValue = "20"))
                               @QueryParam("limit") Integer limit) {
        return dispatcher.dispatch(limit);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a failed SMS message again", description = "Makes a FAILED message PENDING again, due at once, with its "
            + "attempts counted afresh. A message that has not failed answers 409. Audited.")
    @APIResponse(responseCode = "200", description = "The message, PENDING again.")
    public SmsMessageRow retry(@Parameter(description = "The message's id.", example = "9120") @PathParam("id") long id) {
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
