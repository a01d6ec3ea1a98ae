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
    @Operation(summary = "The caller's work inbox, per role: [{kind, count, overdue, link}]. A count counts the rows of the list at "
            + "link (a page of the application, filtered), up to 1000; overdue: some of them are past their deadline. A bureau "
            + "supervisor gets the bureau's totals (the home page also shows them per station)")
    public List<InboxItem> inbox() {
        return inbox.mine();
    }
}
