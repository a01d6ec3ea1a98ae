package cn.gov.wujin.yanghu.web.api;

/**
 * The body of every error answer: a stable code for programs, a message for people,
 * and the input at fault when there is one.
 */
public record ErrorBody(String error, String message, String field) {
}
