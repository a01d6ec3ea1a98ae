package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.web.OperatorLog;
import cn.gov.wujin.yanghu.web.Refusals;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Iterator;

/**
 * Opening a page for a record one may not see, or that does not exist, answers 404 (403 for a
 * role that may not open it) with the error page, at the page's own address; a page that
 * cannot load its data while the database is down answers 503. Without this, a refusal while
 * a page loads became a redirect to the error page's internal location.
 * Ajax requests and real failures go on to PrimeFaces' handler.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            logForTheOperator(faces);
            if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                    int status = status(events.next().getContext().getException());
                    if (status != 0 && !faces.getExternalContext().isResponseCommitted()) {
                        events.remove();
                        sendError(faces, status);
                        return;
                    }
                }
            }
            getWrapped().handle();
        }

        /**
         * A refusal: one line; a real failure: its stack once, under a reference the error page
         * shows (the request's attribute OperatorLog.REFERENCE; FailureFilter answers such a
         * failure that escapes the page with the error page, unlogged by the container).
         */
        private void logForTheOperator(FacesContext faces) {
            if (faces == null || !(faces.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
                return;
            }
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                Throwable thrown = event.getContext().getException();
                int status = status(thrown);
                if (status == 503) {
                    return; // the database is down: its own warning says so once, not per page
                }
                if (status != 0) {
                    OperatorLog.refused(request, status, status == 403 ? "the caller's roles do not allow this page" : "no such record, or "
                            + "not of the caller's stations");
                } else if (!(thrown instanceof ViewExpiredException) && !(unwrapped(thrown) instanceof ViewExpiredException)) {
                    OperatorLog.failed(request, thrown);
                }
                return;
            }
        }

        private static Throwable unwrapped(Throwable thrown) {
            Throwable t = thrown;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t;
        }

        private static int status(Throwable thrown) {
            if (Refusals.reason(thrown) instanceof RecordNotFoundException) {
                return 404;
            }
            if (Refusals.databaseUnavailable(thrown)) {
                return 503;
            }
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                    return 403;
                }
            }
            return 0;
        }

        private static void sendError(FacesContext faces, int status) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.responseReset();
                if (status == 503) {
                    external.setResponseHeader("Retry-After", Refusals.RETRY_AFTER_SECONDS);
                }
                external.responseSendError(status, null);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }
}
