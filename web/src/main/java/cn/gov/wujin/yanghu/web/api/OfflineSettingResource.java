package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.OfflineSettings;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The phone app's offline settings: how late a check-in or check-out kept on a phone may arrive. */
@Path("offline-settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfflineSettingResource {

    @Schema(name = "OfflineSettingsRevision", description = "A change of the offline settings.")
    public static class Revision {
        @Schema(required = true, minimum = "1", maximum = "72", description = "Hours after the phone's `deviceTime` within which an "
                + "offline check-in or check-out is accepted.", example = "12")
        public Integer toleranceHours;
        @Schema(description = "The version read (GET /api/v1/offline-settings); left out counts as 0. A stale version answers 409.",
                example = "0")
        public long version;
    }

    @Inject
    private OfflineSettings settings;

    @GET
    @Operation(summary = "Read the offline settings", description = "How many hours after the phone's time (`deviceTime`) a check-in "
            + "or check-out the phone kept while offline is still accepted (POST /api/v1/shifts/{id}/check-in and check-out). For "
            + "every signed-in caller: the phone app shows it beside its queue.")
    @APIResponse(responseCode = "200", description = "The settings and their version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfflineSettings.View.class)))
    public OfflineSettings.View get() {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the offline settings", description = "ADMIN sets the tolerance: whole hours, 1 to 72 (400 naming "
            + "`toleranceHours` otherwise); a version other than the current one changes nothing (409). Holds at once on every "
            + "instance, for steps arriving from then on. Audited.")
    @APIResponse(responseCode = "200", description = "The settings as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfflineSettings.View.class)))
    @APIResponse(responseCode = "409", description = "The settings changed since `version` was read.")
    public OfflineSettings.View change(@NotNull Revision revision) {
        return settings.change(revision.toleranceHours, revision.version);
    }
}
