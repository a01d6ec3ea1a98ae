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

/** The caller's own SMS choice: on or off, and quiet hours (bureau time). */
@Path("me/notification-preferences")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationPreferenceResource {

    @Inject
    private NotificationPreferences preferences;

    @GET
    @Operation(summary = "One's SMS choice: smsEnabled, quietFrom and quietTo (\"22:00\", or null), and the phone they go to, masked")
    public PreferenceView mine() {
        return preferences.mine();
    }

    @PUT
    @Operation(summary = "Change one's SMS choice: smsEnabled (required), quietFrom and quietTo (\"HH:mm\", both or neither; "
            + "across midnight allowed); urgent warning leads ignore quiet hours")
    public PreferenceView change(@NotNull NotificationPreferenceForm form) {
        return preferences.change(form);
    }
}
