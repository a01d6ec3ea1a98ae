package cn.gov.wujin.yanghu.operations.application;

import cn.gov.wujin.yanghu.operations.domain.OperationsSetting;
import cn.gov.wujin.yanghu.operations.domain.StatisticsSource;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.ReadDatabase;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the statistics read from the standby (STATISTICS_READS). Every statistics query asks,
 * so an instance answers from the setting it read last for a few seconds, as TrustedProxies does;
 * the instance that saves it reads it anew at once, the others within that time.
 */
@Stateless
@PermitAll
public class StatisticsSourceSetting {

    private static final long FRESH_MILLIS = 5_000;

    /** The last read and when; this instance's copy, never a source of truth. */
    private static final AtomicReference<Read> LAST = new AtomicReference<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReadDatabase readDatabase;

    /** The source the statistics read now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StatisticsSource current() {
        Read read = LAST.get();
        long now = System.currentTimeMillis();
        if (read == null || now - read.at() > FRESH_MILLIS) {
            OperationsSetting setting = em.find(OperationsSetting.class, OperationsSetting.STATISTICS_READS);
            read = new Read(setting == null ? StatisticsSource.PRIMARY : StatisticsSource.valueOf(setting.getValue()), now);
            LAST.set(read);
        }
        return read.source();
    }

    @RolesAllowed(Roles.ADMIN)
    public StatisticsSourceView setting() {
        OperationsSetting s = em.find(OperationsSetting.class, OperationsSetting.STATISTICS_READS);
        return StatisticsSourceView.of(s.getValue(), s.getVersion(), readDatabase.describe());
    }

    @RolesAllowed(Roles.ADMIN)
    public StatisticsSourceView change(String source, long expectedVersion) {
        StatisticsSource chosen = Arrays.stream(StatisticsSource.values()).filter(v -> v.name().equals(source)).findFirst()
                .orElseThrow(() -> new InvalidInputException("source", "setup.statistics.source.invalid"));
        OperationsSetting s = em.find(OperationsSetting.class, OperationsSetting.STATISTICS_READS);
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("OperationsSetting", s.getName());
        }
        s.readStatisticsFrom(chosen);
        em.flush();
        LAST.set(null);
        return StatisticsSourceView.of(s.getValue(), s.getVersion(), readDatabase.describe());
    }

    private record Read(StatisticsSource source, long at) {
    }
}
