package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.inbox.Inbox;
import cn.gov.wujin.yanghu.inbox.InboxItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The caller's work inbox: the counts of their home page, each with the list behind it. */
@Path("me/inbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    private Inbox inbox;

    @GET
    @Operation(summary = "Read one's work inbox", description = "What waits for the caller (待办), as their home page counts it: for "
            + "each of their roles its kinds of work, in a fixed order, each once: how many (counted up to 1000), whether any is "
            + "overdue, and the page that lists them. A station's staff count their station's work (an officer their own cases); a "
            + "bureau supervisor gets the bureau's totals, led by the escalated requests and the tips no station could be told "
            + "for (the home page also shows them per station).")
    public List<InboxItem> inbox() {
        return inbox.mine();
    }
}
