package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.organization.application.AuthenticationService;
import cn.gov.wujin.yanghu.organization.application.LoginResult;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.security.AccountIdentityStore;
import cn.gov.wujin.yanghu.web.security.AppAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import java.io.IOException;

/** login.xhtml: hands the credential to the authentication mechanism, then goes where the user wanted. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    /** The page the user asked for before being sent here (a path inside this application). */
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                boolean locked = request.getAttribute(AccountIdentityStore.OUTCOME) == LoginResult.Outcome.LOCKED;
                String text = request.getAttribute(AppAuthenticationMechanism.LOGIN_UNAVAILABLE) != null
                        ? FacesErrors.text(faces, "login.unavailable")
                        : locked ? FacesErrors.text(faces, "login.locked", AuthenticationService.LOCK_DURATION.toMinutes())
                        : FacesErrors.text(faces, "login.invalid");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                password = null;
            }
        }
    }

    /** Only paths of this application: an open redirect would help phishing. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
