package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.NoticeResult;
import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.notification.SmsOutbox;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A liaison's targeted anti-fraud notice (e.g. 冒充领导熟人 aimed at accountants) to the
 * contacts of chosen enterprises. Each message is queued in the SMS outbox ({@link SmsOutbox}) in
 * the same transaction and sent right after it commits; the notice is announced
 * ({@link AntiFraudNoticeSent}) in that transaction too, and patrol records it as a confirmed
 * publicity event of kind NOTICE, so it counts with the station's other publicity.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.LIAISON})
public class LiaisonNoticeService {

    /** The notices' kind in the SMS settings (by SMS unless the administrator turns it off). */
    public static final String NOTICE_KIND = "LIAISON_NOTICE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LiaisonScope access;

    @Inject
    private SmsOutbox outbox;

    @Inject
    private Event<AntiFraudNoticeSent> noticeSent;

    public NoticeResult send(@NotNull NoticeForm form) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Set<Long> ids = new LinkedHashSet<>(form.getEnterpriseIds() == null ? List.of() : form.getEnterpriseIds());
        if (ids.isEmpty() || ids.size() > 200) {
            problems.add("enterpriseIds", "liaison.notice.enterprises");
        }
        FraudType type = form.getFraudType() == null ? null : em.find(FraudType.class, form.getFraudType());
        if (type == null || !type.isActive()) {
            problems.add("fraudType", "fraud.type.unknown", form.getFraudType());
        }
        String audience = form.getAudience() == null ? "" : form.getAudience().strip();
        if (audience.isEmpty() || audience.length() > 60) {
            problems.add("audience", "liaison.notice.audience");
        }
        String message = form.getMessage() == null ? "" : form.getMessage().strip();
        if (message.isEmpty() || message.length() > 500) {
            problems.add("message", "liaison.notice.message");
        }
        problems.throwIfAny();
        List<Enterprise> enterprises = ids.stream().map(access::enterprise).toList();
        Long station = enterprises.get(0).stationId();
        if (enterprises.stream().anyMatch(e -> !e.stationId().equals(station))) {
            throw new InvalidInputException("enterpriseIds", "liaison.notice.oneStation");
        }
        int delivered = 0;
        List<String> withoutContact = new ArrayList<>();
        for (Enterprise e : enterprises) {
            if (e.getContactPhone() == null) {
                withoutContact.add(e.getName());
            } else if (outbox.offerToPhone(e.getContactPhone(), NOTICE_KIND, message)) {
                delivered++;
            } else {
                withoutContact.add(e.getName());
            }
        }
        Caller caller = access.caller();
        AntiFraudNoticeSent sent = new AntiFraudNoticeSent(station, enterprises.stream().map(Enterprise::getName).toList(),
                type.getCode(), audience, message, delivered, caller.accountId(), caller.username(), Instant.now());
        noticeSent.fire(sent);
        long record = sent.recordId().orElseThrow(() -> new IllegalStateException("nobody recorded the notice as publicity"));
        return new NoticeResult(record, delivered, withoutContact);
    }
}
