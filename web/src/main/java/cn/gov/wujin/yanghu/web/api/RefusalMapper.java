package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.AuthenticationFailedException;
import cn.gov.wujin.yanghu.shared.BusinessException;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.TooManyRequestsException;
import cn.gov.wujin.yanghu.web.OperatorLog;
import cn.gov.wujin.yanghu.web.Refusals;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


/**
 * Maps every exception of the API to a status and an {@link ErrorBody} in the caller's
 * language: refusals by their kind, a missing role to 403, anything else to 500 without
 * internals (logged here instead).
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Exception> {

    /** Takes Bean Validation failures from Jersey's own mapper, which answers in HTML. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {

        @Context
        private HttpHeaders headers;

        @Context
        private HttpServletRequest servletRequest;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            RefusalMapper mapper = new RefusalMapper();
            mapper.headers = headers; // a violation names its field itself: the other contexts are not needed
            mapper.servletRequest = servletRequest; // for its line in the log
            return mapper.toResponse(exception);
        }
    }

    private static final Logger LOG = Logger.getLogger(RefusalMapper.class.getName());

    /** How Yasson names the property it could not bind ("Unable to deserialize property 'amount' because of: …"). */
    private static final Pattern BOUND_PROPERTY = Pattern.compile("deserialize property '([^']+)'");

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private ResourceInfo resource;

    @Context
    private Request request;

    @Context
    private HttpServletRequest servletRequest;

    /** The answer, and one line in the server log for a refusal (a failure logged its stack already, see answer). */
    @Override
    public Response toResponse(Exception exception) {
        Response response = answer(exception);
        int status = response.getStatus();
        if (status < 500 && servletRequest != null) {
            Object body = response.getEntity();
            OperatorLog.refused(servletRequest, status, body instanceof ErrorBody e
                    ? e.error() + (e.field() == null ? "" : " (" + e.field() + ")") + ": " + why(exception) : why(exception));
        }
        return response;
    }

    /** The refusal's message key or the exception's class: what an operator needs, never the caller's text. */
    private static String why(Exception exception) {
        Throwable reason = Refusals.reason(exception);
        if (reason instanceof BusinessException b) {
            return b.messageKey();
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return "the caller's roles do not allow this call";
            }
        }
        return (reason != null ? reason : exception).getClass().getSimpleName();
    }

    private Response answer(Exception exception) {
        if (exception instanceof WebApplicationException && exception.getCause() instanceof InvalidInputException bad) {
            return toResponse(bad); // a query parameter that would not convert, such as a malformed date
        }
        if (exception instanceof ParamException.QueryParamException || exception instanceof ParamException.PathParamException) {
            return invalidParameter(((ParamException) exception).getParameterName());
        }
        if (exception instanceof NotAllowedException notAllowed) {
            String allow = notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return Response.status(405).header(HttpHeaders.ALLOW, allow).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody("method_not_allowed", text("error.method", request == null ? "" : request.getMethod(),
                            allow == null ? "" : allow), null)).build();
        }
        if (exception instanceof WebApplicationException web) {
            Response r = web.getResponse();
            return switch (r.getStatus()) {
                case 404 -> body(404, "not_found", text("error.notFoundPath"), null);
                case 406 -> body(406, "not_acceptable", text("error.notAcceptable"), null);
                case 415 -> body(415, "unsupported_media_type", text("error.unsupportedType"), null);
                default -> body(r.getStatus(), "request_error", text("error.request"), null);
            };
        }
        Throwable reason = Refusals.reason(exception);
        if (reason instanceof ConstraintViolationException cv) {
            List<ErrorBody.FieldError> errors = cv.getConstraintViolations().stream()
                    .map(v -> new ErrorBody.FieldError(field(v), field(v) + ": " + v.getMessage()))
                    .sorted(java.util.Comparator.comparing(ErrorBody.FieldError::field)).toList();
            return invalid(errors);
        }
        if (reason instanceof InvalidInputsException many) {
            return invalid(many.problems().stream()
                    .map(p -> new ErrorBody.FieldError(p.field(), text(p.messageKey(), p.arguments()))).toList());
        }
        if (reason instanceof OptimisticLockException) {
            return body(409, "conflict", text("error.conflict"), null);
        }
        if (reason instanceof BusinessException b) {
            String message = text(b.messageKey(), b.arguments());
            if (b instanceof RecordNotFoundException) {
                return body(404, "not_found", message, null);
            }
            if (b instanceof InvalidInputException) {
                return invalid(List.of(new ErrorBody.FieldError(b.field(), message)));
            }
            if (b instanceof RoleNotPermittedException) {
                return body(403, "forbidden", message, null);
            }
            if (b instanceof ConflictException) {
                return body(409, "conflict", message, null);
            }
            if (b instanceof RuleViolationException) {
                return body(409, "not_allowed", message, null);
            }
            if (b instanceof TooManyRequestsException) {
                return Response.status(429).header("Retry-After", "600").type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ErrorBody("too_many_requests", message, null)).build();
            }
            if (b instanceof AuthenticationFailedException failed) {
                return Response.status(401).header("WWW-Authenticate", "Bearer realm=\"yanghu\"")
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(failed.code(), message, null)).build();
            }
            return body(400, "refused", message, b.field());
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return body(403, "forbidden", text("error.forbidden"), null);
            }
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return unreadableBody(exception);
            }
        }
        if (Refusals.databaseUnavailable(exception)) {
            LOG.log(Level.WARNING, "API call failed: the database is unavailable ({0})", String.valueOf(exception));
            return Response.status(503).header("Retry-After", Refusals.RETRY_AFTER_SECONDS).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody("unavailable", text("error.unavailable"), null)).build();
        }
        if (servletRequest == null) {
            LOG.log(Level.SEVERE, "API call failed", exception);
            return body(500, "internal_error", text("error.internal"), null);
        }
        String reference = OperatorLog.failed(servletRequest, exception);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("internal_error", text("setup.error.reference", text("error.internal"), reference), null, null, reference))
                .build();
    }

    /**
     * A query or path parameter that would not convert to its type (a number, one of an
     * enum's values): 400 naming it, with the values allowed when there is a list. Jersey
     * itself answers 404 for these, as if the address did not exist.
     */
    private Response invalidParameter(String name) {
        String value = uri == null ? null : uri.getQueryParameters().getFirst(name);
        if (value == null && uri != null) {
            value = uri.getPathParameters().getFirst(name);
        }
        Class<?> type = resource == null || resource.getResourceMethod() == null ? null : parameterType(resource.getResourceMethod(), name);
        String allowed = type != null && type.isEnum()
                ? text("error.param.oneOf", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")))
                : "";
        return invalid(List.of(new ErrorBody.FieldError(name, text("error.param.invalid", name, value == null ? "" : value, allowed))));
    }

    /** The declared type of the method's query or path parameter of that name. */
    static Class<?> parameterType(Method method, String name) {
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            if (query != null && query.value().equals(name) || path != null && path.value().equals(name)) {
                return parameter.getType();
            }
        }
        return null;
    }

    /**
     * A body that is not JSON, or a value of the wrong type (text for a number, a malformed
     * date): 400 naming the property when the binding says which one, else "body".
     */
    private Response unreadableBody(Throwable exception) {
        String field = null;
        for (Throwable t = exception; t != null && field == null; t = t.getCause()) {
            Matcher property = BOUND_PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                field = property.group(1);
            }
        }
        return field == null
                ? invalid(List.of(new ErrorBody.FieldError("body", text("error.body.notJson"))))
                : invalid(List.of(new ErrorBody.FieldError(field, text("error.body.wrongType", field))));
    }

    /** Bean Validation's path of a parameter (register.form.victims[0].name) as the body's field (victims[0].name). */
    static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        StringBuilder prefix = new StringBuilder();
        String parameter = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> prefix.append(node.getName()).append('.');
                case PARAMETER -> {
                    prefix.append(node.getName()).append('.');
                    parameter = node.getName();
                }
                default -> {
                    return path.startsWith(prefix.toString()) ? path.substring(prefix.length()) : path;
                }
            }
        }
        return parameter != null ? parameter : path;
    }

    private static Response invalid(List<ErrorBody.FieldError> errors) {
        ErrorBody.FieldError first = errors.get(0);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("invalid_input", first.message(), first.field(), errors)).build();
    }

    private String text(String key, Object... arguments) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.get(accepted.isEmpty() ? null : accepted.get(0), key, arguments);
    }

    private static Response body(int status, String code, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(code, message, field)).build();
    }
}
