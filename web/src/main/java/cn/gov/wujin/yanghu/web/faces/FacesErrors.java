package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.BusinessException;
import cn.gov.wujin.yanghu.web.Refusals;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Turns a refused service call into messages in the user's language, attached to the
 * input at fault when the refusal names one, so the form shows it beside the field.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    /** Shows the refusal; returns false so callers can write {@code if (!FacesErrors.show(...))}. */
    public static boolean show(RuntimeException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Throwable cause = Refusals.reason(e);
        if (cause instanceof BusinessException b) {
            add(faces, formId, b.field(), text(faces, b.messageKey(), b.arguments()), false);
        } else if (cause instanceof ConstraintViolationException cv) {
            for (ConstraintViolation<?> v : cv.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                add(faces, formId, path.substring(path.lastIndexOf('.') + 1), v.getMessage(), true);
            }
        } else if (cause instanceof OptimisticLockException) {
            add(faces, formId, null, text(faces, "error.conflict"), false);
        } else {
            throw e; // a real failure: the error page, not a form message
        }
        faces.validationFailed();
        return false;
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, arguments), null));
    }

    public static String text(FacesContext faces, String key, Object... arguments) {
        return Messages.get(faces.getViewRoot().getLocale(), key, arguments);
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
        String shown = withLabel && label != null ? label + ": " + text : text;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
    }
}
