package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of this session's pages: zh-CN unless the user switches to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.ZH_CN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    /** For a {@code ?lang=} parameter (the login page after logout keeps the language). */
    public String getLang() {
        return null;
    }

    public void setLang(String languageTag) {
        if (languageTag != null && !languageTag.isBlank()) {
            locale = Messages.supported(Locale.forLanguageTag(languageTag));
        }
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Switches and reloads the page with a GET, so no form is re-submitted. */
    public void switchTo(String languageTag) throws IOException {
        locale = Messages.supported(Locale.forLanguageTag(languageTag));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        String query = external.getRequestHeaderMap().get("Referer");
        String target = external.getRequestContextPath() + faces.getViewRoot().getViewId();
        if (query != null && query.contains("?")) {
            target += query.substring(query.indexOf('?'));
        }
        external.redirect(target);
    }
}
