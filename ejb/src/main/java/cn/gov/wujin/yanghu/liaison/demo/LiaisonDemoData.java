package cn.gov.wujin.yanghu.liaison.demo;

import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.EnterpriseRequest;
import cn.gov.wujin.yanghu.liaison.domain.LiaisonAssignment;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.liaison.domain.ProjectStage;
import cn.gov.wujin.yanghu.liaison.domain.RequestCategory;
import cn.gov.wujin.yanghu.liaison.domain.RequestDeadline;
import cn.gov.wujin.yanghu.liaison.domain.RiskCategory;
import cn.gov.wujin.yanghu.liaison.domain.Sector;
import cn.gov.wujin.yanghu.liaison.domain.Visit;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.BureauTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Demo liaison data (with {@code yanghu.demo=true}), in 湖塘: three enterprises; a project
 * under construction that liaison1 last visited 40 days ago and whose wage dispute is
 * overdue; a landed project visited this week with a request resolved and waiting for the
 * enterprise's rating; a newly signed project that has no liaison yet.
 */
@Singleton
@Startup
@DependsOn("PatrolDemoData") // after the organisation (through it); one line, see statistics.demo.DemoHistoryLoader
public class LiaisonDemoData {

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
        em.createNativeQuery("SELECT pg_advisory_xact_lock(20261201)").getSingleResult();
        if (((Number) em.createNativeQuery("SELECT count(*) FROM enterprise").getSingleResult()).longValue() > 0) {
            return;
        }
        Station hutang = em.createNamedQuery("Station.byCode", Station.class).setParameter("code", "HT").getSingleResult();
        Account liaison = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", "liaison1").getSingleResult();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(BureauTime.ZONE);

        Enterprise tianhe = enterprise(hutang, "91320412MA1W8K2Q7K", "常州天合精密机械有限公司", Sector.MANUFACTURING,
                "武进区湖塘镇长虹路88号", "周经理", "13861230001", now);
        Enterprise lvjian = enterprise(hutang, "91320412MA1X3L5P27", "武进绿建建设集团有限公司", Sector.CONSTRUCTION,
                "武进区湖塘镇花园街16号", "吴会计", "13861230002", now);
        Enterprise yuntu = enterprise(hutang, "91320412MA20AB1C9B", "常州云途物流有限公司", Sector.LOGISTICS,
                "武进区湖塘镇淹城路300号", "郑主管", "13861230003", now);

        Project park = project(tianhe, hutang, "天合智能装备产业园", "长虹路与常武路交叉口东北侧", "1200000000.00",
                today.minusMonths(14), now);
        park.reach(ProjectStage.LANDED, today.minusMonths(10));
        park.reach(ProjectStage.CONSTRUCTION, today.minusMonths(6));
        Project base = project(lvjian, hutang, "绿色建材生产基地", "花园街南延段", "480000000.00", today.minusMonths(5), now);
        base.reach(ProjectStage.LANDED, today.minusMonths(2));
        project(yuntu, hutang, "云途智慧物流园", "淹城路东侧地块", "350000000.00", today.minusDays(10), now);

        em.persist(LiaisonAssignment.ofProject(park, liaison, "head1", "重大项目警官联系制首批指派", now.minus(Duration.ofDays(200))));
        em.persist(LiaisonAssignment.ofProject(base, liaison, "head1", "重大项目警官联系制首批指派", now.minus(Duration.ofDays(150))));

        Visit old = new Visit(park, liaison, today.minusDays(40), "周经理、项目安全员", "了解夜间施工安保情况，提醒加强材料仓库看管", now);
        old.found(RiskCategory.SITE_THEFT, "材料仓库无监控");
        em.persist(old);
        Visit recent = new Visit(base, liaison, today.minusDays(5), "吴会计、财务部两人",
                "财务人员近期收到冒充董事长的QQ好友申请，现场讲解冒充领导熟人诈骗手法", now);
        recent.found(RiskCategory.FRAUD_TARGETING_STAFF, "财务人员收到冒充董事长的好友申请");
        recent.followUp("为财务部开展一次防诈宣讲", today.plusDays(7));
        em.persist(recent);

        EnterpriseRequest wages = new EnterpriseRequest(tianhe, park, RequestCategory.DISPUTE_HELP,
                "分包队伍工人讨薪，聚集在工地门口，请求协助调处", now.minus(Duration.ofDays(8)),
                em.find(RequestDeadline.class, RequestCategory.DISPUTE_HELP), liaison, "liaison1");
        wages.start("liaison1", "已联系劳动监察大队", now.minus(Duration.ofDays(7)));
        em.persist(wages);
        EnterpriseRequest talent = new EnterpriseRequest(lvjian, base, RequestCategory.TALENT_RESIDENCE,
                "新引进三名工程师，需办理落户", now.minus(Duration.ofDays(6)),
                em.find(RequestDeadline.class, RequestCategory.TALENT_RESIDENCE), liaison, "liaison1");
        talent.start("liaison1", null, now.minus(Duration.ofDays(5)));
        talent.resolve("liaison1", "已协调户籍窗口上门集中办理", now.minus(Duration.ofDays(1)));
        em.persist(talent);
    }

    private Enterprise enterprise(Station station, String code, String name, Sector sector, String address, String contact,
                                  String phone, Instant now) {
        Enterprise e = new Enterprise(station, code, name, sector, now);
        e.describe(name, sector, address, contact, phone);
        em.persist(e);
        return e;
    }

    private Project project(Enterprise enterprise, Station station, String name, String site, String investment, LocalDate signedOn,
                            Instant now) {
        Project p = new Project(enterprise, station, name, now);
        p.describe(name, site, new BigDecimal(investment), signedOn);
        em.persist(p);
        return p;
    }
}
