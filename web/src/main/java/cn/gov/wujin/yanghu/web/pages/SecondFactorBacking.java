package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.organization.application.KeyOptions;
import cn.gov.wujin.yanghu.organization.application.KeyView;
import cn.gov.wujin.yanghu.organization.application.SecondFactorStatus;
import cn.gov.wujin.yanghu.organization.application.SecurityKeys;
import cn.gov.wujin.yanghu.web.security.WebAuthnOrigin;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import cn.gov.wujin.yanghu.organization.application.SecondFactors;
import cn.gov.wujin.yanghu.organization.application.TotpEnrolment;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pdf.DocumentPdf;
import com.google.zxing.common.BitMatrix;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * account/second-factor.xhtml: enrolling an authenticator app. The secret and its QR code are
 * shown until the first code confirms them, the recovery codes once after; neither is read again.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactors secondFactors;

    private SecondFactorStatus status;
    private TotpEnrolment enrolment;
    private String code;
    private List<String> recoveryCodes;

    @Inject
    private SecurityKeys securityKeys;

    private List<KeyView> keys;
    private String keyName;
    private String keyResponse;
    /** This view's registration challenge, made when the page first shows the button. */
    private KeyOptions keyOptions;

    @PostConstruct
    void load() {
        status = secondFactors.mine();
        keys = securityKeys.mine();
    }

    /** Registers the key the browser answered with (the page's script put its answer in the form). */
    public void registerKey() {
        try {
            WebAuthnOrigin origin = WebAuthnOrigin.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            securityKeys.register(keyResponse, keyName, origin.origin(), origin.rpId());
            keyName = null;
            load();
            FacesErrors.info("mfa.key.addedDone");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "keys");
        } finally {
            keyResponse = null;
            keyOptions = null; // a challenge is used once: the next attempt gets a new one
        }
    }

    public String getKeyOptions() {
        if (keyOptions == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            keyOptions = securityKeys.registrationOptions(WebAuthnOrigin.of(request).rpId());
        }
        return keyOptions.toJson();
    }

    public List<KeyView> getKeys() {
        return keys;
    }

    public String getKeyName() {
        return keyName;
    }

    public void setKeyName(String keyName) {
        this.keyName = keyName;
    }

    public String getKeyResponse() {
        return keyResponse;
    }

    public void setKeyResponse(String keyResponse) {
        this.keyResponse = keyResponse;
    }

    public void start() {
        try {
            enrolment = secondFactors.startTotp();
            recoveryCodes = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, "totp");
        }
    }

    public void confirm() {
        try {
            recoveryCodes = secondFactors.confirmTotp(code).recoveryCodes();
            enrolment = null;
            code = null;
            status = secondFactors.mine();
            FacesErrors.info("mfa.enrolled");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "totp");
        }
    }

    /** The otpauth URI as an inline SVG (no image request, nothing the CSP would refuse). */
    public String getQrSvg() {
        if (enrolment == null) {
            return null;
        }
        BitMatrix matrix = DocumentPdf.matrix(enrolment.otpauthUri());
        int quiet = 4;
        int size = matrix.getWidth() + 2 * quiet;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + quiet).append(' ').append(y + quiet).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"yh-qr\" role=\"img\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"220\" height=\"220\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    /** The secret in groups of four, easier to type by hand. */
    public String getSecretGrouped() {
        return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public SecondFactorStatus getStatus() {
        return status;
    }

    public TotpEnrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
