package cn.gov.wujin.yanghu.web.api.contract;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The API's contract on the application's own address, so it is reachable wherever the API is
 * (through the load balancer too): {@code /openapi} (YAML, or JSON when asked for by
 * {@code Accept} or {@code ?format=json}), {@code /openapi.json}, {@code /openapi.yaml}, and a
 * readable reference at {@code /api-docs} (Swagger UI from its package, served from here: the
 * police network reaches no CDN). The document is the one the build made; nothing is computed
 * per request. Public (web.xml): it describes the API, it opens nothing.
 */
@WebServlet(urlPatterns = {"/openapi", "/openapi.json", "/openapi.yaml", "/api-docs", "/api-docs/*"})
public class ApiContractServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String DOCUMENT = "/cn/gov/wujin/yanghu/web/api/contract/openapi.";
    private static final String YAML = "application/yaml";
    private static final String JSON = "application/json";

    /** The reference page's own files, and the ones it takes from the Swagger UI package. */
    private static final Map<String, String> PAGE_FILES = Map.of(
            "/api-docs.js", "application/javascript",
            "/swagger-ui-bundle.js", "application/javascript",
            "/swagger-ui.css", "text/css");

    /** Swagger UI keeps its styles in style attributes and its icons in data: URLs; it runs only this script. */
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final transient Map<String, byte[]> documents = Map.of(YAML, read(DOCUMENT + "yaml"), JSON, read(DOCUMENT + "json"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.equals("/api-docs")) {
            page(request.getPathInfo(), request, response);
            return;
        }
        String type = switch (path) {
            case "/openapi.json" -> JSON;
            case "/openapi.yaml" -> YAML;
            default -> wantsJson(request) ? JSON : YAML;
        };
        response.setHeader("Vary", "Accept");
        send(documents.get(type), type, request, response);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(JSON) && !accept.toLowerCase(Locale.ROOT).contains("yaml");
    }

    private void page(String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (file == null) {
            // "/api-docs/" resolves the page's relative links under /api-docs/
            response.sendRedirect(request.getContextPath() + "/api-docs/");
            return;
        }
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        if (file.equals("/")) {
            send(read("/cn/gov/wujin/yanghu/web/api/contract/api-docs.html"), "text/html", request, response);
            return;
        }
        String type = PAGE_FILES.get(file);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = file.equals("/api-docs.js") ? "/cn/gov/wujin/yanghu/web/api/contract/api-docs.js"
                : "/META-INF/resources/webjars/swagger-ui/" + SwaggerUi.VERSION + file;
        send(read(resource), type, request, response);
    }

    /** With a validator, so a browser or an integrator asks again cheaply and gets a new document after a deployment. */
    private static void send(byte[] content, String type, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = '"' + digest(content) + '"';
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "no-cache");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiContractServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the Swagger UI package in the WAR: its files live under it. */
    static final class SwaggerUi {
        static final String VERSION = version();

        private static String version() {
            Properties properties = new Properties();
            try (InputStream in = ApiContractServlet.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
                if (in == null) {
                    throw new IllegalStateException("the Swagger UI package is missing from the WAR");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version");
        }

        private SwaggerUi() {
        }
    }
}
