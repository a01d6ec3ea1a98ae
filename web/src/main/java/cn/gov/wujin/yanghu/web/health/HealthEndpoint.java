package cn.gov.wujin.yanghu.web.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.util.Optional;

/**
 * The MicroProfile Health checks of this application on its own port: /health/ready,
 * /health/live and /health, in the MicroProfile Health format (503 when down). Needed
 * because an application at "/" hides Payara's endpoints on the same listener; Payara's own
 * stay on the management listener that ./run.sh creates. Public (web.xml): a load balancer
 * asks it without an account.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    private Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    private Instance<HealthCheck> liveness;

    @Inject
    @Any
    private Instance<HealthCheck> all;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String which = Optional.ofNullable(request.getPathInfo()).orElse("/");
        Instance<HealthCheck> checks = switch (which) {
            case "/ready" -> readiness;
            case "/live" -> liveness;
            case "/" -> all;
            default -> null;
        };
        if (checks == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result = check.call();
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder entry = Json.createObjectBuilder().add("name", result.getName()).add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder d = Json.createObjectBuilder();
                data.forEach((k, v) -> d.add(k, String.valueOf(v)));
                entry.add("data", d);
            });
            results.add(entry);
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", results).build().toString());
    }
}
