package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.BusinessException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.web.Refusals;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Turns a refused service call into messages in the user's language, attached to the
 * input at fault when the refusal names one, so the form shows it beside the field. A call
 * that met a database outage is shown the same way, above the form the user still has.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    /** Shows the refusal; returns false so callers can write {@code if (!FacesErrors.show(...))}. */
    public static boolean show(RuntimeException e, String formId) {
        return show(e, formId, "");
    }

    /**
     * As {@link #show(RuntimeException, String)}, for a form the service receives nested in a
     * request: its fields come back named with {@code fieldPrefix} ("case.victims[0].phone"),
     * which the form's inputs do not carry.
     */
    public static boolean show(RuntimeException e, String formId, String fieldPrefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Throwable cause = Refusals.reason(e);
        if (cause instanceof InvalidInputsException many) {
            for (InvalidInputException p : many.problems()) {
                add(faces, formId, unprefixed(p.field(), fieldPrefix), text(faces, p.messageKey(), p.arguments()), false);
            }
        } else if (cause instanceof BusinessException b) {
            add(faces, formId, unprefixed(b.field(), fieldPrefix), text(faces, b.messageKey(), b.arguments()), false);
        } else if (cause instanceof ConstraintViolationException cv) {
            for (ConstraintViolation<?> v : cv.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                add(faces, formId, path.substring(path.lastIndexOf('.') + 1), v.getMessage(), true);
            }
        } else if (cause instanceof OptimisticLockException) {
            add(faces, formId, null, text(faces, "error.conflict"), false);
        } else if (Refusals.databaseUnavailable(e)) {
            // the form stays as the user filled it, to be sent again when the database is back
            add(faces, formId, null, text(faces, "error.unavailable.form"), false);
        } else {
            throw e; // a real failure: the error page, not a form message
        }
        faces.validationFailed();
        return false;
    }

    private static String unprefixed(String field, String prefix) {
        return field != null && !prefix.isEmpty() && field.startsWith(prefix) ? field.substring(prefix.length()) : field;
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, arguments), null));
    }

    public static void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key, arguments), null));
    }

    /**
     * In the session's language: before the response is rendered (a view action of a GET)
     * the view's own locale is not yet the one f:view will set.
     */
    public static String text(FacesContext faces, String key, Object... arguments) {
        return Messages.get(CDI.current().select(LocaleBacking.class).get().getLocale(), key, arguments);
    }

    /**
     * Beside the input when the form has it, otherwise at the top. Bean Validation texts
     * ("must not be blank") get the field's label in front; our own texts name the field.
     */
    private static void add(FacesContext faces, String formId, String field, String text, boolean withLabel) {
        String clientId = null;
        String label = null;
        if (field != null && formId != null) {
            UIComponent input = faces.getViewRoot().findComponent(formId + ":" + field);
            if (input != null) {
                clientId = input.getClientId(faces);
                Object l = input.getAttributes().get("label");
                label = l == null ? null : l.toString();
            }
        }
        if (clientId == null && field != null) {
            // a field of a row (victims[0].idNumber) or without an input of its own: say which at the top
            label = fieldLabel(faces, field);
            withLabel = label != null;
        }
        String shown = withLabel && label != null ? label + ": " + text : text;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
    }

    /**
     * "victims[1].idNumber" reads "受害人身份证号（第2行）"; a CSV file's "rows[3].phone" is already
     * numbered as the spreadsheet shows it (CsvFile) and reads "手机号（第3行）"; null when the
     * bundle has no label for it.
     */
    static String fieldLabel(FacesContext faces, String field) {
        String key = "field." + field.replaceAll("\\[\\d+]", "");
        String label = text(faces, key);
        if (label.equals(key)) {
            return null;
        }
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        if (!row.find()) {
            return label;
        }
        int number = Integer.parseInt(row.group(1)) + (field.startsWith("rows[") ? 0 : 1);
        return label + " (" + text(faces, "field.row", number) + ")";
    }
}
