package cn.gov.wujin.yanghu.web.api.contract;

import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.security.PublicEndpoints;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes the API document made from the resource classes when the build compiles them (it
 * runs in the build only, never in the server). What holds for every operation is added here
 * once instead of on each method: an operationId readable in client code, the tag of its
 * context, who may call it, the error answers with their one shape, and {@code security: []}
 * for the endpoints that need no token. Who may call what is read from the access matrix that
 * the suite checks against the running server ({@code api-access.txt}), so the document says
 * what the server does.
 */
public class ApiContractFilter implements OASFilter {

    /** The system property naming the access matrix (set by the build). */
    public static final String ACCESS_MATRIX = "yanghu.api-access";

    private static final Pattern GENERATED_ID = Pattern.compile("(\\w+)Resource_(\\w+)");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");
    private static final String ERROR = "#/components/schemas/Error";

    /** Each resource class's context: its tag. */
    private static final Map<String, String> TAG_OF = Map.ofEntries(
            Map.entry("Auth", "Sign-in"), Map.entry("Me", "Sign-in"),
            Map.entry("Inbox", "Inbox"),
            Map.entry("Notification", "Notifications"), Map.entry("NotificationPreference", "Notifications"),
            Map.entry("FraudCase", "Fraud cases"), Map.entry("Identifier", "Fraud cases"), Map.entry("FraudType", "Fraud cases"),
            Map.entry("ProcedureLimit", "Fraud cases"), Map.entry("CaseDocument", "Fraud cases"), Map.entry("PublicCase", "Fraud cases"),
            Map.entry("Freeze", "Fraud cases"), Map.entry("FrozenAccount", "Fraud cases"), Map.entry("ReturnPlan", "Fraud cases"),
            Map.entry("WarningLead", "Warning leads"),
            Map.entry("Tip", "Tips"), Map.entry("PublicTip", "Tips"),
            Map.entry("PatrolGroup", "Patrol groups"), Map.entry("Shift", "Patrol groups"), Map.entry("Points", "Patrol groups"),
            Map.entry("Publicity", "Patrol groups"),
            Map.entry("Enterprise", "Enterprise liaison"), Map.entry("Project", "Enterprise liaison"),
            Map.entry("EnterpriseRequest", "Enterprise liaison"),
            Map.entry("Station", "Organization"), Map.entry("Community", "Organization"), Map.entry("Account", "Organization"),
            Map.entry("Statistics", "Statistics"),
            Map.entry("SmsOutbox", "SMS outbox"),
            Map.entry("Operations", "Operations"),
            Map.entry("Search", "Search"), Map.entry("Person", "Search"),
            Map.entry("Geo", "Map"),
            Map.entry("SecondFactorPolicy", "Organization"),
            Map.entry("OfflineSetting", "Patrol groups"),
            Map.entry("ShiftTrack", "Patrol groups"));

    private static final Map<String, String> TAG_DESCRIPTIONS = Map.ofEntries(
            Map.entry("Sign-in", "Tokens for a password, the caller's own account and password."),
            Map.entry("Inbox", "What needs the caller now: the work items of their role, by urgency."),
            Map.entry("Notifications", "Notifications to the caller (also as a server-sent event stream) and their preferences."),
            Map.entry("Fraud cases", "Telecom and online fraud cases (电信网络诈骗): intake, workflow, stop-payments and freezes, case linking."),
            Map.entry("Warning leads", "Early-warning leads (预警劝阻) from the anti-fraud platform, their dispatch and outcome."),
            Map.entry("Tips", "Tips (线索) from members and the public, and the stations' triage of them."),
            Map.entry("Patrol groups", "阳湖N警 patrol groups: rosters, shifts, check-in, logs, points, publicity."),
            Map.entry("Enterprise liaison", "Major projects and enterprises, their liaison officers, visits and requests."),
            Map.entry("Organization", "Stations, communities, grids and accounts."),
            Map.entry("Statistics", "Figures for supervisors, by station and month."),
            Map.entry("SMS outbox", "Text messages waiting for, or handed to, the SMS platform."),
            Map.entry("Operations", "How the deployment runs: trusted proxies, retention of personal data, the first day's imports."),
            Map.entry("Search", "One search box over cases, tips, leads, visits, requests, enterprises and projects."),
            Map.entry("Map", "The map (一张图): boundaries of stations, communities and grids, locating a position, counts by area."));

    /** The callers of the access matrix, in its column order, as the document names them. */
    private static final List<String> CALLERS = List.of("anon", "ADMIN", "SUPERVISOR of the bureau", "SUPERVISOR of a station",
            "OFFICER", "AUXILIARY", "LIAISON", "VOLUNTEER");

    private final Map<String, Access> access;

    public ApiContractFilter() {
        String file = System.getProperty(ACCESS_MATRIX);
        if (file == null) {
            throw new IllegalStateException("the build names the access matrix in the system property " + ACCESS_MATRIX);
        }
        access = readMatrix(Path.of(file));
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        List<String> missing = new ArrayList<>();
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String verb = method.name();
            boolean isPublic = PublicEndpoints.isPublic(verb, TEMPLATE.matcher(path).replaceAll("x"));
            Access who = access.get(verb + " " + normalized(path.substring("/api/v1".length())));
            if (who == null) {
                missing.add(verb + " " + path);
                return;
            }
            name(operation);
            describe(operation, who, isPublic);
            if (isPublic) {
                operation.setSecurity(new ArrayList<>());
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getRequired() == null) {
                operation.getRequestBody().setRequired(true); // unless the method says its body is optional
            }
            paging(operation);
            answers(operation, verb, path, who, isPublic);
        }));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("operations without a row in the access matrix: " + missing);
        }
        addComponents(api);
        List<Tag> tags = new ArrayList<>();
        new TreeMap<>(TAG_DESCRIPTIONS).forEach((name, text) -> tags.add(OASFactory.createTag().name(name).description(text)));
        api.setTags(tags);
    }

    /** {@code TipResource_queue} becomes {@code tipQueue}, under the tag of tips. */
    private static void name(Operation operation) {
        Matcher m = GENERATED_ID.matcher(operation.getOperationId());
        if (!m.matches()) {
            return; // named on the method
        }
        String resource = m.group(1);
        String tag = TAG_OF.get(resource);
        if (tag == null) {
            throw new IllegalStateException("no tag for the resource " + resource + ": add it to TAG_OF");
        }
        operation.setOperationId(Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1));
        operation.setTags(new ArrayList<>(List.of(tag)));
    }

    /** The paging parameters of every list, as {@code web.api.PagingParameters} checks them. */
    private static void paging(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY || parameter.getSchema() == null
                    || parameter.getSchema().getType() != Schema.SchemaType.INTEGER) {
                continue;
            }
            if (parameter.getName().equals("first")) {
                parameter.getSchema().minimum(BigDecimal.ZERO).maximum(null);
                parameter.description(Paging.FIRST);
            } else if (parameter.getName().equals("size")) {
                parameter.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Page.MAX_SIZE));
                parameter.description(Paging.SIZE);
            }
        }
    }

    private static void describe(Operation operation, Access who, boolean isPublic) {
        StringBuilder text = new StringBuilder();
        if (operation.getDescription() != null) {
            text.append(operation.getDescription().strip()).append("\n\n");
        }
        if (isPublic) {
            text.append("**Who may call:** anyone, without a token.");
        } else if (who.allowed().size() == CALLERS.size() - 1) {
            text.append("**Who may call:** any signed-in account.");
        } else {
            text.append("**Who may call:** ").append(String.join(", ", who.allowed())).append(". Others are refused (403).");
        }
        if (who.stationScoped() && !isPublic) {
            text.append(" **Station scoping:** a record of another station answers 404, exactly like a missing one; "
                    + "bureau-level accounts reach every station.");
        }
        operation.setDescription(text.toString());
    }

    private static void answers(Operation operation, String verb, String path, Access who, boolean isPublic) {
        APIResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            ensure(responses, "400", "BadRequest");
        }
        if (!isPublic) {
            ensure(responses, "401", "Unauthorized");
        }
        if (!isPublic && who.allowed().size() < CALLERS.size() - 1) {
            ensure(responses, "403", "Forbidden");
        }
        if (path.contains("{") || who.answers404()) {
            ensure(responses, "404", "NotFound");
        }
        if (!verb.equals("GET")) {
            ensure(responses, "409", "Conflict");
        }
        ensure(responses, "503", "Unavailable");
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse().ref("#/components/responses/Error"));
        }
        // an error declared on the method in its own words: the body and headers of its kind
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null && response.getContent() == null) {
                response.setContent(errorContent());
                APIResponse kind = SHARED.get(status);
                if (kind != null && kind.getHeaders() != null) {
                    kind.getHeaders().forEach(response::addHeader);
                }
            }
        });
    }

    private static void ensure(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }

    private static Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR)));
    }

    private static void addComponents(OpenAPI api) {
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One problem of the input: the field at fault and what is wrong with it, in the caller's language.")
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("amount"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("金额必须大于 0"))
                .required(List.of("field", "message"));
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("The body of every error answer: a stable code for programs, a message for people in the "
                        + "language of Accept-Language (zh-CN unless en is asked for), the input at fault when there is one, "
                        + "and for invalid input every problem found.")
                .addProperty("error", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("A stable code: invalid_input, refused, unauthorized, forbidden, not_found, conflict, "
                                + "not_allowed, too_many_requests, unavailable, method_not_allowed, not_acceptable, request_error, "
                                + "unsupported_media_type, internal_error.").example("invalid_input"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("输入有误"))
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The parameter or field at fault, when there is one."))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("reference", OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^[0-9A-F]{8}$")
                        .description("Of a failure (500): the reference under which the server log keeps its details; the "
                                + "message names it too, for the caller to quote.").example("3FA94C07"))
                .required(List.of("error", "message"));
        api.getComponents().addSchema("FieldError", fieldError);
        api.getComponents().addSchema("Error", error);
        List<String> used = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(
                operation -> operation.getResponses().getAPIResponses().values().forEach(response -> used.add(response.getRef()))));
        COMPONENT_OF.forEach((status, name) -> {
            if (used.contains("#/components/responses/" + name) || name.equals("Error")) {
                api.getComponents().addResponse(name, SHARED.get(status));
            }
        });
        api.servers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("this server (or the load balancer in front of the instances)"))));
    }

    /** The errors every operation may meet, by status, and the component each one is. */
    private static final Map<String, String> COMPONENT_OF = new LinkedHashMap<>();
    private static final Map<String, APIResponse> SHARED = new LinkedHashMap<>();

    static {
        Header retryAfter = OASFactory.createHeader().description("Seconds to wait before trying again.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
        Header challenge = OASFactory.createHeader().description("Bearer realm=\"yanghu\"")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        shared("400", "BadRequest", error("Invalid input: a parameter or field is missing, malformed or out of range; "
                + "each one is named in 'field' or 'errors'. Nothing was changed."));
        shared("401", "Unauthorized", error("No valid bearer token (missing, expired or revoked).").addHeader("WWW-Authenticate", challenge));
        shared("403", "Forbidden", error("The caller's role may not do this."));
        shared("404", "NotFound", error("No such record, or a record of another station."));
        shared("409", "Conflict", error("The record changed meanwhile (a newer version), or its state or a rule does not allow this now."));
        shared("429", "TooManyRequests", error("Too many requests from this client; try again later.").addHeader("Retry-After", retryAfter));
        shared("503", "Unavailable", error("The database cannot be reached for now; nothing was changed. Try again after Retry-After.")
                .addHeader("Retry-After", retryAfter));
        shared("default", "Error", error("Any other refusal, with the same body: 405 (with Allow), 406, 415, 500."));
    }

    private static void shared(String status, String name, APIResponse response) {
        COMPONENT_OF.put(status, name);
        SHARED.put(status, response);
    }

    private static APIResponse error(String description) {
        return OASFactory.createAPIResponse().description(description).content(errorContent());
    }

    /** "/fraud-cases/{case@other}/links?x=1" and "/fraud-cases/{id}/links" are both "/fraud-cases/{}/links". */
    static String normalized(String path) {
        int query = path.indexOf('?');
        return TEMPLATE.matcher(query < 0 ? path : path.substring(0, query)).replaceAll("{}");
    }

    /** Who may call an operation, by the access matrix. */
    record Access(List<String> allowed, boolean stationScoped, boolean answers404) {
    }

    static Map<String, Access> readMatrix(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the access matrix " + file, e);
        }
        Map<String, boolean[]> allowed = new LinkedHashMap<>();
        Map<String, Boolean> scoped = new LinkedHashMap<>();
        Map<String, Boolean> notFound = new LinkedHashMap<>();
        for (String line : lines) {
            int comment = line.indexOf('#');
            String[] cells = (comment < 0 ? line : line.substring(0, comment)).strip().split("\\s+");
            if (cells.length != 2 + CALLERS.size()) {
                continue; // a comment or a blank line
            }
            String key = cells[0].toUpperCase(Locale.ROOT) + " " + normalized(cells[1]);
            boolean[] may = allowed.computeIfAbsent(key, k -> new boolean[CALLERS.size()]);
            boolean other = cells[1].contains("@other}");
            for (int i = 1; i < CALLERS.size(); i++) {
                String status = cells[2 + i];
                may[i] |= !status.equals("403") && !other;
                notFound.merge(key, status.equals("404"), Boolean::logicalOr);
            }
            scoped.merge(key, other, Boolean::logicalOr);
        }
        Map<String, Access> result = new LinkedHashMap<>();
        allowed.forEach((key, may) -> {
            List<String> who = new ArrayList<>();
            for (int i = 1; i < CALLERS.size(); i++) {
                if (may[i]) {
                    who.add(CALLERS.get(i));
                }
            }
            result.put(key, new Access(List.copyOf(who), scoped.get(key), notFound.get(key)));
        });
        return result;
    }
}
