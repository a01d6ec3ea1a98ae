package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.notification.NotificationPreferenceForm;
import cn.gov.wujin.yanghu.notification.NotificationPreferences;
import cn.gov.wujin.yanghu.notification.NotificationViews.PreferenceView;
import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** account/profile.xhtml: one's own password, and one's SMS choice (on or off, quiet hours). */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationPreferences preferences;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    private PreferenceView sms;
    private NotificationPreferenceForm smsForm = new NotificationPreferenceForm();

    @PostConstruct
    void load() {
        show(preferences.mine());
    }

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

    /** Saves the SMS choice; a wrong time is named beside its input and nothing changes. */
    public void saveSms() {
        try {
            show(preferences.change(smsForm));
            FacesErrors.info("profile.sms.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "sms");
        }
    }

    private void show(PreferenceView view) {
        sms = view;
        smsForm = new NotificationPreferenceForm();
        smsForm.setSmsEnabled(view.smsEnabled());
        smsForm.setQuietFrom(view.quietFrom());
        smsForm.setQuietTo(view.quietTo());
    }

    public PreferenceView getSms() {
        return sms;
    }

    public NotificationPreferenceForm getSmsForm() {
        return smsForm;
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
