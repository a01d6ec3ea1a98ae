package cn.gov.wujin.yanghu.web.api;

import java.util.List;

/**
 * The body of every error answer: a stable code for programs, a message for people, the
 * input at fault when there is one, and for invalid input every problem found
 * ({@code errors}, each with its field and message). A failure (500) carries the
 * {@code reference} under which the server log keeps its details.
 */
public record ErrorBody(String error, String message, String field, List<FieldError> errors, String reference) {

    public record FieldError(String field, String message) {
    }

    public ErrorBody(String error, String message, String field, List<FieldError> errors) {
        this(error, message, field, errors, null);
    }

    public ErrorBody(String error, String message, String field) {
        this(error, message, field, null, null);
    }
}
