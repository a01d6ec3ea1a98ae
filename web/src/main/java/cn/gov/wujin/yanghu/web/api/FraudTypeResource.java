package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.FraudCaseService;
import cn.gov.wujin.yanghu.fraud.application.FraudTypeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The fraud types (reference table; the codes are what the API uses). */
@Path("fraud-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FraudTypeResource {

    @Inject
    private FraudCaseService cases;

    @GET
    @Operation(summary = "The fraud types")
    public List<FraudTypeView> fraudTypes() {
        return cases.fraudTypes();
    }
}
