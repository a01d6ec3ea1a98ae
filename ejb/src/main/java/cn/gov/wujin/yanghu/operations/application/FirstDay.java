package cn.gov.wujin.yanghu.operations.application;

import cn.gov.wujin.yanghu.notification.SmsOutbox;
import cn.gov.wujin.yanghu.organization.application.AccountImportResult;
import cn.gov.wujin.yanghu.organization.application.HandedOutPassword;
import cn.gov.wujin.yanghu.organization.application.ImportPlan;
import cn.gov.wujin.yanghu.organization.application.OrganizationImport;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/**
 * The first day of a deployment (ADMIN): the organisation and the accounts imported from CSV;
 * the new accounts' one-time passwords handed out as a list (once, in the answer: the page prints
 * it) or by SMS through the outbox, in the import's transaction (no message for an import that
 * stores nothing).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class FirstDay {

    /** The outbox's kind of the message with a one-time password (notification_kind_setting: by SMS). */
    public static final String PASSWORD_SMS = "SETUP_PASSWORD";

    public enum Delivery { LIST, SMS }

    @Inject
    private OrganizationImport imports;

    @Inject
    private SmsOutbox sms;

    public ImportPlan importOrganization(byte[] csv, boolean dryRun) {
        return imports.importOrganization(csv, dryRun);
    }

    public AccountImportResult importAccounts(byte[] csv, boolean dryRun, String delivery) {
        Delivery how = delivery(delivery);
        AccountImportResult result = imports.importAccounts(csv, dryRun, how == Delivery.SMS);
        if (how == Delivery.LIST || dryRun) {
            return result;
        }
        for (HandedOutPassword p : result.passwords()) {
            // the text stays in the outbox until sent and then for its retention term: it is worth nothing once changed
            sms.offerToPhone(p.phone(), PASSWORD_SMS, String.format(Locale.ROOT,
                    "【阳湖】%s，您的账号 %s 已开通，初始密码 %s。首次登录须修改密码，请勿转告他人。", p.displayName(), p.username(), p.password()));
        }
        return new AccountImportResult(result.plan(), how.name(), List.of());
    }

    private static Delivery delivery(String delivery) {
        try {
            return delivery == null || delivery.isBlank() ? Delivery.LIST : Delivery.valueOf(delivery.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("delivery", "setup.import.delivery");
        }
    }
}
