package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.CallerProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Locale;

/** The top bar: who is signed in, their unit, and logging out. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBacking localeBacking;

    private CallerProfile profile;

    public CallerProfile getProfile() {
        if (profile == null) {
            profile = accounts.me();
        }
        return profile;
    }

    /** Station name in the page's language, or the bureau. */
    public String getUnitName() {
        CallerProfile p = getProfile();
        if (p.stationId() == null) {
            return null;
        }
        Locale locale = localeBacking.getLocale();
        return "en".equals(locale.getLanguage()) ? p.stationNameEn() : p.stationNameZh();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String language = localeBacking.getLanguageTag();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true&lang=" + language);
    }
}
