package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** account/profile.xhtml: one's own password. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            faces.addMessage("password:confirmPassword", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FacesErrors.text(faces, "profile.passwordMismatch"), null));
            faces.validationFailed();
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            FacesErrors.info("profile.passwordChanged");
            currentPassword = newPassword = confirmPassword = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, "password");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
