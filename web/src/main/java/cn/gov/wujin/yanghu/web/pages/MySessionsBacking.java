package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.organization.application.SessionView;
import cn.gov.wujin.yanghu.organization.application.Sessions;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.security.AppAuthenticationMechanism;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** account/profile.xhtml, its sessions card: one's open browsers and API tokens, and ending them. */
@Named
@ViewScoped
public class MySessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Sessions sessions;

    private List<SessionView> open;

    @PostConstruct
    void load() {
        Object key = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(AppAuthenticationMechanism.SESSION_KEY);
        open = sessions.mine(key instanceof String k ? k : null, null);
    }

    /** Ends another browser (its next request goes to the login page) or revokes a token. */
    public void end(SessionView session) {
        try {
            if ("WEB".equals(session.kind())) {
                sessions.endMine(session.id());
            } else {
                sessions.revokeMine(session.id());
            }
            FacesErrors.info("sessions.ended");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "sessions");
        }
        load();
    }

    public List<SessionView> getOpen() {
        return open;
    }
}
