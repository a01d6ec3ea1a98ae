package cn.gov.wujin.yanghu.operations.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.operations.domain.RetentionKind;
import cn.gov.wujin.yanghu.operations.domain.RetentionSetting;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The retention of personal data: a term per kind of record (ADMIN settings, audited), a daily
 * job that runs once per deployment group (ScheduledRuns) and purges or anonymises what has
 * passed its term in batches, each batch in a transaction of its own with one audit row that
 * gives its count. It never touches the audit trail, and cases are none of its kinds.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RetentionSchedule {

    /** Rows per batch: a short transaction, locks held briefly, the trail one row per this many. */
    static final int BATCH = 500;
    /** At most this many batches per kind and run: a backlog of years is worked off over a few nights. */
    static final int MAX_BATCHES = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private ScheduledRuns runs;

    @Resource
    private SessionContext context;

    /** Each kind's term and what is due now. */
    public List<RetentionView> schedule() {
        Instant now = Instant.now();
        return settings().stream().map(s -> view(s, now)).toList();
    }

    public RetentionView change(String kind, Integer days, long expectedVersion) {
        RetentionSetting setting = em.find(RetentionSetting.class, kindOf(kind));
        if (days == null || days < 0 || days > RetentionSetting.MAX_DAYS) {
            setting.keepFor(days); // refuses, naming days, before a stale version is looked at
        }
        if (setting.getVersion() != expectedVersion) {
            throw new ConflictException("RetentionSetting", kind);
        }
        setting.keepFor(days);
        em.flush();
        return view(setting, Instant.now());
    }

    /** Runs the retention now (ADMIN), as the nightly job does; the rows handled per kind. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RetentionDone> runNow() {
        return self().purgeAll(context.getCallerPrincipal().getName()).entrySet().stream()
                .map(e -> new RetentionDone(e.getKey(), e.getValue())).toList();
    }

    /** Nightly, once for the deployment group. */
    @Schedule(hour = "2", minute = "37", persistent = false)
    @PermitAll
    void nightly() {
        runs.once("retention", Duration.ofDays(1), () -> {
            Map<String, Integer> done = self().purgeAll(AuditLog.SYSTEM);
            return done.toString();
        });
    }

    /** Every kind, batch by batch; returns the rows handled per kind. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Integer> purgeAll(String actor) {
        Map<String, Integer> done = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (RetentionKind kind : RetentionKind.values()) {
            int total = 0;
            for (int i = 0; i < MAX_BATCHES; i++) {
                int handled = self().purgeBatch(kind, now, actor);
                total += handled;
                if (handled < BATCH) {
                    break;
                }
            }
            done.put(kind.name(), total);
        }
        return done;
    }

    /** One batch of one kind in its own transaction, with its audit row; 0 when nothing is due (and no row). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeBatch(RetentionKind kind, Instant now, String actor) {
        RetentionSetting setting = em.find(RetentionSetting.class, kind);
        Instant cutOff = setting.cutOff(now);
        int handled = em.createNativeQuery(kind.purgeBatch()).setParameter(1, Timestamp.from(cutOff)).setParameter(2, BATCH)
                .executeUpdate();
        if (handled > 0) {
            audit.recordAs(actor, AuditAction.RETENTION_PURGED, "Retention", kind.name(), null,
                    String.format(Locale.ROOT, "%s: %d %s, term %d days, before %s", kind, handled,
                            kind.anonymises() ? "anonymised" : "deleted", setting.getDays(), cutOff));
        }
        return handled;
    }

    private RetentionView view(RetentionSetting s, Instant now) {
        Instant cutOff = s.cutOff(now);
        long due = ((Number) em.createNativeQuery(s.getKind().countDue()).setParameter(1, Timestamp.from(cutOff)).getSingleResult())
                .longValue();
        return new RetentionView(s.getKind().name(), s.getDays(), s.getKind().anonymises() ? "ANONYMISE" : "DELETE", cutOff, due,
                s.getVersion());
    }

    private List<RetentionSetting> settings() {
        List<RetentionSetting> all = new ArrayList<>(em.createQuery("SELECT s FROM RetentionSetting s", RetentionSetting.class)
                .getResultList());
        all.sort((a, b) -> Integer.compare(a.getKind().ordinal(), b.getKind().ordinal()));
        return all;
    }

    private static RetentionKind kindOf(String kind) {
        return Arrays.stream(RetentionKind.values()).filter(k -> k.name().equalsIgnoreCase(kind == null ? "" : kind.strip()))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("RetentionSetting", kind));
    }

    private RetentionSchedule self() {
        return context.getBusinessObject(RetentionSchedule.class);
    }
}
