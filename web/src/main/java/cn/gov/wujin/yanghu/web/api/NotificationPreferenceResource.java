package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.notification.NotificationPreferenceForm;
import cn.gov.wujin.yanghu.notification.NotificationPreferences;
import cn.gov.wujin.yanghu.notification.NotificationViews.PreferenceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The caller's own SMS choice: on or off, and quiet hours (bureau time). */
@Path("me/notification-preferences")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationPreferenceResource {

    @Inject
    private NotificationPreferences preferences;

    @GET
    @Operation(summary = "Read one's SMS choice", description = "Whether the caller's notifications also come by SMS, their quiet "
            + "hours (bureau time), and the phone the messages go to, masked. Until changed: SMS on, no quiet hours.")
    public PreferenceView mine() {
        return preferences.mine();
    }

    @PUT
    @Operation(summary = "Change one's SMS choice", description = "Replaces the caller's SMS choice: SMS on or off, and quiet hours "
            + "(both times or neither; across midnight allowed, e.g. 22:00 to 07:00). During quiet hours messages that are not urgent "
            + "wait until they end; urgent ones (a warning lead to act on) go at once. Every problem is named at once (400): "
            + "smsEnabled missing, a time that is not H:mm, one time without the other, the same time twice. Nothing changes then.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPreferenceForm.class),
            examples = @ExampleObject(name = "nights", summary = "SMS, but not at night",
                    value = "{\"smsEnabled\": true, \"quietFrom\": \"22:00\", \"quietTo\": \"07:00\"}")))
    public PreferenceView change(@NotNull NotificationPreferenceForm form) {
        return preferences.change(form);
    }
}
