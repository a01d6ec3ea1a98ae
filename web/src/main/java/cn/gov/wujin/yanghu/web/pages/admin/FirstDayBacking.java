package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.operations.application.FirstDay;
import cn.gov.wujin.yanghu.organization.application.AccountImportResult;
import cn.gov.wujin.yanghu.organization.application.HandedOutPassword;
import cn.gov.wujin.yanghu.organization.application.ImportPlan;
import cn.gov.wujin.yanghu.organization.application.OrganizationImport;
import cn.gov.wujin.yanghu.web.faces.FacesDownloads;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import cn.gov.wujin.yanghu.web.pdf.PasswordListPdf;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * admin/first-day.xhtml: the organisation and the accounts imported from CSV, with a dry run
 * first; the new accounts' one-time passwords as a PDF list printed once (then forgotten by the
 * page) or sent by SMS (ADMIN).
 */
@Named
@ViewScoped
public class FirstDayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FirstDay firstDay;

    @Inject
    private LocaleBacking locale;

    private transient UploadedFile organizationFile;
    private transient UploadedFile accountFile;
    private byte[] organizationCsv;
    private byte[] accountCsv;
    private String delivery = "LIST";
    private ImportPlan plan;
    private List<HandedOutPassword> passwords = List.of();

    /** Checks the organisation file and shows what it would change; stores nothing. */
    public void checkOrganization() {
        organizationCsv = content(organizationFile, organizationCsv);
        organizationFile = null;
        run(() -> plan = firstDay.importOrganization(organizationCsv, true), "organization");
    }

    public void importOrganization() {
        run(() -> {
            plan = firstDay.importOrganization(organizationCsv, false);
            organizationCsv = null;
            FacesErrors.info("setup.import.done", plan.created(), plan.changed());
        }, "organization");
    }

    public void checkAccounts() {
        accountCsv = content(accountFile, accountCsv);
        accountFile = null;
        run(() -> plan = firstDay.importAccounts(accountCsv, true, delivery).plan(), "accounts");
    }

    public void importAccounts() {
        run(() -> {
            AccountImportResult result = firstDay.importAccounts(accountCsv, false, delivery);
            plan = result.plan();
            passwords = result.passwords();
            accountCsv = null;
            FacesErrors.info(passwords.isEmpty() ? "setup.import.doneSms" : "setup.import.doneList", plan.created(), plan.changed());
        }, "accounts");
    }

    /** The password list as a PDF, once: the page forgets the passwords as it hands them over. */
    public void printPasswords() throws IOException {
        List<HandedOutPassword> list = passwords;
        passwords = List.of();
        if (list.isEmpty()) {
            FacesErrors.error("setup.passwords.gone");
            return;
        }
        FacesDownloads.pdf("passwords.pdf", out -> PasswordListPdf.write(list, locale.getLocale(), out));
    }

    private void run(Runnable action, String form) {
        try {
            action.run();
        } catch (RuntimeException e) {
            FacesErrors.show(e, form);
        }
    }

    private static byte[] content(UploadedFile file, byte[] kept) {
        return file == null || file.getSize() == 0 ? kept : file.getContent();
    }

    public String getOrganizationHeader() {
        return String.join(",", OrganizationImport.ORGANIZATION_HEADER);
    }

    public String getAccountHeader() {
        return String.join(",", OrganizationImport.ACCOUNT_HEADER);
    }

    public boolean isOrganizationReady() {
        return organizationCsv != null && plan != null && plan.dryRun();
    }

    public boolean isAccountsReady() {
        return accountCsv != null && plan != null && plan.dryRun();
    }

    public boolean isPasswordsWaiting() {
        return !passwords.isEmpty();
    }

    public String getPlanSummary() {
        return plan == null ? "" : FacesErrors.text(FacesContext.getCurrentInstance(), "setup.plan.counts", plan.created(), plan.changed(),
                plan.unchanged());
    }

    public ImportPlan getPlan() {
        return plan;
    }

    public UploadedFile getOrganizationFile() {
        return organizationFile;
    }

    public void setOrganizationFile(UploadedFile organizationFile) {
        this.organizationFile = organizationFile;
    }

    public UploadedFile getAccountFile() {
        return accountFile;
    }

    public void setAccountFile(UploadedFile accountFile) {
        this.accountFile = accountFile;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }
}
