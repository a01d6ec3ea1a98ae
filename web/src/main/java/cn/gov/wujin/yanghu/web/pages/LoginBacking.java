package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.organization.application.AuthenticationService;
import cn.gov.wujin.yanghu.organization.application.LoginResult;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.security.AccountIdentityStore;
import cn.gov.wujin.yanghu.web.security.AppAuthenticationMechanism;
import cn.gov.wujin.yanghu.web.security.SecondFactorCredential;
import cn.gov.wujin.yanghu.web.security.SecurityKeyCredential;
import cn.gov.wujin.yanghu.web.security.WebAuthnOrigin;
import cn.gov.wujin.yanghu.organization.application.KeyOptions;
import cn.gov.wujin.yanghu.organization.application.SecurityKeys;
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
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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

    /** The second step's code: from the authenticator app, or a recovery code. */
    private String code;

    /** The second step with a security key: the browser's answer (its PublicKeyCredential as JSON). */
    private String keyResponse;

    /** This page's sign-in challenge for the security keys of the account, made once per rendering. */
    private Optional<KeyOptions> keyOptions;

    @Inject
    private SecurityKeys securityKeys;

    /** Session attribute: the account whose password was right, and until when its second factor may follow. */
    static final String PENDING = "yanghu.login.pending";
    /** Time to type the code after the password. */
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    /** Who passed the password step and may send the code now. */
    record PendingLogin(String username, Instant until) implements Serializable {
    }

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
                if (request.getAttribute(AccountIdentityStore.OUTCOME) == LoginResult.Outcome.SECOND_FACTOR_REQUIRED) {
                    // the password was right: the same page asks for the code next
                    external.getSessionMap().put(PENDING, new PendingLogin(
                            (String) request.getAttribute(AccountIdentityStore.PENDING_USER), Instant.now().plus(PENDING_FOR)));
                    password = null;
                    external.redirect(external.getRequestContextPath() + "/login.xhtml"
                            + (next == null || next.isBlank() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
                    return;
                }
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

    /** The second step: the code for the account the password step accepted. */
    public void verifyCode() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PendingLogin pending = pending();
        if (pending == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesErrors.text(faces, "mfa.expired"), null));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new SecondFactorCredential(pending.username(), code)));
        code = null;
        switch (status) {
            case SUCCESS -> {
                external.getSessionMap().remove(PENDING);
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                boolean locked = request.getAttribute(AccountIdentityStore.OUTCOME) == LoginResult.Outcome.LOCKED;
                String text = request.getAttribute(AppAuthenticationMechanism.LOGIN_UNAVAILABLE) != null
                        ? FacesErrors.text(faces, "login.unavailable")
                        : locked ? FacesErrors.text(faces, "login.locked", AuthenticationService.LOCK_DURATION.toMinutes())
                        : FacesErrors.text(faces, "mfa.codeWrong");
                if (locked) {
                    external.getSessionMap().remove(PENDING);
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
    }

    /** The second step with a security key (the page's script has put the browser's answer in the form). */
    public void verifyKey() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PendingLogin pending = pending();
        if (pending == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesErrors.text(faces, "mfa.expired"), null));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        WebAuthnOrigin origin = WebAuthnOrigin.of(request);
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new SecurityKeyCredential(pending.username(), keyResponse, origin.origin(), origin.rpId())));
        keyResponse = null;
        switch (status) {
            case SUCCESS -> {
                external.getSessionMap().remove(PENDING);
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                boolean locked = request.getAttribute(AccountIdentityStore.OUTCOME) == LoginResult.Outcome.LOCKED;
                if (locked) {
                    external.getSessionMap().remove(PENDING);
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, locked
                        ? FacesErrors.text(faces, "login.locked", AuthenticationService.LOCK_DURATION.toMinutes())
                        : FacesErrors.text(faces, "mfa.key.failed"), null));
            }
        }
    }

    /** The security-key button's options (JSON), or null when the account has no key. */
    public String getKeyOptions() {
        if (keyOptions == null) {
            PendingLogin pending = pending();
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            keyOptions = pending == null ? Optional.empty() : securityKeys.signInOptions(pending.username(), WebAuthnOrigin.of(request).rpId());
        }
        return keyOptions.map(KeyOptions::toJson).orElse(null);
    }

    public String getKeyResponse() {
        return keyResponse;
    }

    public void setKeyResponse(String keyResponse) {
        this.keyResponse = keyResponse;
    }

    /** Back to the password step. */
    public void cancelCode() {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(PENDING);
        code = null;
    }

    /** The second step is shown while a password step's acceptance is fresh. */
    public boolean isSecondStep() {
        return pending() != null;
    }

    private PendingLogin pending() {
        Object value = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(PENDING);
        return value instanceof PendingLogin p && p.until().isAfter(Instant.now()) ? p : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
