package cn.gov.wujin.yanghu.patrol.demo;

import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Grid;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.domain.GroupMember;
import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import cn.gov.wujin.yanghu.patrol.domain.PatrolGroup;
import cn.gov.wujin.yanghu.patrol.domain.Shift;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Demo patrol data (with {@code yanghu.demo=true}): a 湖塘 group led by officer1 with
 * volunteer1, volunteer2, a guard and a grid worker; a patrol held yesterday (checked in
 * and out, logged, its hours' points awarded), shifts this evening and tomorrow, and a few
 * new tips for the triage queue.
 */
@Singleton
@Startup
@DependsOn("FraudDemoData") // after the organisation (through it); one line, see statistics.demo.DemoHistoryLoader
public class PatrolDemoData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "yanghu.demo", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(20261130)").getSingleResult();
        if (((Number) em.createNativeQuery("SELECT count(*) FROM patrol_group").getSingleResult()).longValue() > 0) {
            return;
        }
        Station hutang = em.createNamedQuery("Station.byCode", Station.class).setParameter("code", "HT").getSingleResult();
        Account officer1 = account("officer1");
        Account volunteer1 = account("volunteer1");
        Account volunteer2 = account("volunteer2");
        LocalDate today = LocalDate.now(BureauTime.ZONE);

        Grid renmin = em.createQuery("SELECT g FROM Grid g WHERE g.code = 'HT-01-G1'", Grid.class).getResultStream().findFirst().orElse(null);
        PatrolGroup group = new PatrolGroup(hutang, "湖塘人民路巡防队", officer1, null, renmin);
        em.persist(group);
        GroupMember zhao = new GroupMember(group, volunteer1.getId(), volunteer1.getDisplayName(), MemberKind.VOLUNTEER,
                volunteer1.getPhone(), "退休教师，熟悉社区", today.minusMonths(8));
        GroupMember other = new GroupMember(group, volunteer2.getId(), volunteer2.getDisplayName(), MemberKind.VOLUNTEER,
                volunteer2.getPhone(), "急救员证", today.minusMonths(3));
        em.persist(zhao);
        em.persist(other);
        em.persist(new GroupMember(group, null, "周建华", MemberKind.SECURITY_GUARD, "13611112222", "星河国际小区保安", today.minusYears(1)));
        em.persist(new GroupMember(group, null, "钱丽", MemberKind.GRID_WORKER, "13633334444", "人民路第三网格", today.minusYears(2)));
        em.flush(); // the shifts below compare members by id

        // yesterday evening: held, both volunteers checked in and out and wrote the log
        Instant yesterday = today.minusDays(1).atTime(19, 0).atZone(BureauTime.ZONE).toInstant();
        Shift held = new Shift(group, "人民路—长虹路—湖塘菜场", yesterday, yesterday.plus(Duration.ofHours(2)), 2,
                "菜场东门、星河国际3号门", "officer1", yesterday.minus(Duration.ofDays(2)));
        held.signUp(zhao, yesterday.minus(Duration.ofDays(1)));
        held.signUp(other, yesterday.minus(Duration.ofDays(1)));
        held.checkIn(zhao, yesterday.minus(Duration.ofMinutes(10)));
        held.checkIn(other, yesterday.plus(Duration.ofMinutes(5)));
        held.checkOut(zhao, yesterday.plus(Duration.ofHours(2)));
        held.checkOut(other, yesterday.plus(Duration.ofMinutes(95)));
        held.writeLog(zhao, "人民路—长虹路—湖塘菜场—星河国际", "菜场东门消防通道被电动车堵塞，已提醒商户挪开");
        em.persist(held);

        Instant evening = today.atTime(20, 0).atZone(BureauTime.ZONE).toInstant();
        Instant now = Instant.now();
        if (evening.isBefore(now.plus(Duration.ofMinutes(10)))) {
            evening = now.plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        }
        Shift tonight = new Shift(group, "星河国际—花园街", evening, evening.plus(Duration.ofHours(2)), 3, null, "officer1", now);
        tonight.signUp(zhao, now);
        em.persist(tonight);
        Instant tomorrow = today.plusDays(1).atTime(19, 0).atZone(BureauTime.ZONE).toInstant();
        em.persist(new Shift(group, "淹城路夜市", tomorrow, tomorrow.plus(Duration.ofHours(3)), 4, "夜市入口、公交站", "officer1", now));
        em.flush();

        award(volunteer1, group, hutang, held.hoursOf(held.signupOf(zhao).orElseThrow()), held.signupOf(zhao).orElseThrow().getId(), now);
        award(volunteer2, group, hutang, held.hoursOf(held.signupOf(other).orElseThrow()), held.signupOf(other).orElseThrow().getId(), now);

        tip(hutang, group, volunteer1, "DEMO2-TIPA1", "FRAUD_LEAD", now.minus(Duration.ofMinutes(40)), "湖塘菜场门口",
                "有人发传单宣传“高息养老理财”，拉老人扫码进群，自称可保本年化15%");
        tip(hutang, group, volunteer2, "DEMO2-TIPB2", "SAFETY_HAZARD", now.minus(Duration.ofHours(3)), "星河国际3号楼地下车库",
                "电动车在楼道内充电，电线私拉乱接");
        tip(hutang, null, null, "DEMO2-TIPC3", "SUSPICIOUS_PERSON", now.minus(Duration.ofHours(5)), "花园街小区北门",
                "两名陌生男子挨家挨户敲门自称燃气公司检查，要求进屋");
    }

    private void award(Account volunteer, PatrolGroup group, Station station, double hours, long signupId, Instant now) {
        em.createNativeQuery("INSERT INTO points_award (account_id, group_id, station_id, rule_code, points, reason, source_type, "
                        + "source_id, awarded_at, awarded_by, reason_key, reason_args) SELECT ?1, ?2, ?3, 'SHIFT_HOUR', points * ?4, ?5, "
                        + "'SHIFT_SIGNUP', ?6, ?7, 'officer1', 'points.reason.shift', json_build_array(?8, ?9)::text "
                        + "FROM points_rule WHERE code = 'SHIFT_HOUR'")
                .setParameter(1, volunteer.getId()).setParameter(2, group.getId()).setParameter(3, station.getId())
                .setParameter(4, hours).setParameter(5, "巡逻 人民路—长虹路—湖塘菜场 " + hours + " h")
                .setParameter(6, signupId).setParameter(7, Timestamp.from(now)).setParameter(8, "人民路—长虹路—湖塘菜场")
                .setParameter(9, String.valueOf(hours)).executeUpdate();
    }

    private void tip(Station station, PatrolGroup group, Account from, String code, String category, Instant at, String place,
                     String description) {
        em.createNativeQuery("INSERT INTO tip (station_id, group_id, submitter_account_id, idempotency_key, request_hash, tracking_code, "
                        + "category, occurred_at, place, description, submitted_at) "
                        + "VALUES (?1, CAST(?2 AS bigint), CAST(?3 AS bigint), ?4, 'demo', ?4, ?5, ?6, ?7, ?8, ?6)")
                .setParameter(1, station.getId()).setParameter(2, group == null ? null : group.getId())
                .setParameter(3, from == null ? null : from.getId()).setParameter(4, code).setParameter(5, category)
                .setParameter(6, Timestamp.from(at)).setParameter(7, place).setParameter(8, description).executeUpdate();
    }

    private Account account(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username).getSingleResult();
    }
}
