package cn.gov.wujin.yanghu.organization.demo;

import cn.gov.wujin.yanghu.organization.application.Passwords;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import cn.gov.wujin.yanghu.organization.domain.Grid;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo data, loaded at start only when {@code yanghu.demo=true} (./run.sh sets it for the
 * embedded database): Wujin's stations, some communities and the demo accounts. Never part
 * of the migrations. Loads once: a second start finds the data and leaves it alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String PASSWORD = "Yanghu-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** code, 中文, English: the towns and streets of Wujin (DOMAIN.md). */
    private static final String[][] STATIONS = {
            {"HT", "湖塘派出所", "Hutang Police Station"},
            {"NT", "牛塘派出所", "Niutang Police Station"},
            {"NXS", "南夏墅派出所", "Nanxiashu Police Station"},
            {"XH", "西湖派出所", "Xihu Police Station"},
            {"LY", "洛阳派出所", "Luoyang Police Station"},
            {"YG", "遥观派出所", "Yaoguan Police Station"},
            {"HL", "横林派出所", "Henglin Police Station"},
            {"HSQ", "横山桥派出所", "Hengshanqiao Police Station"},
            {"XY", "雪堰派出所", "Xueyan Police Station"},
            {"QH", "前黄派出所", "Qianhuang Police Station"},
            {"LJ", "礼嘉派出所", "Lijia Police Station"},
            {"JZ", "嘉泽派出所", "Jiaze Police Station"},
            {"HLI", "湟里派出所", "Huangli Police Station"},
    };

    /** station, code, 中文, English, kind. */
    private static final String[][] COMMUNITIES = {
            {"HT", "HT-01", "湖塘社区", "Hutang Community", "COMMUNITY"},
            {"HT", "HT-02", "花园社区", "Huayuan Community", "COMMUNITY"},
            {"HT", "HT-03", "马杭社区", "Mahang Community", "COMMUNITY"},
            {"NT", "NT-01", "牛塘社区", "Niutang Community", "COMMUNITY"},
            {"NT", "NT-02", "卢家巷村", "Lujiaxiang Village", "VILLAGE"},
            {"JZ", "JZ-01", "嘉泽社区", "Jiaze Community", "COMMUNITY"},
    };

    /** username, name, station (blank: bureau), roles, phone. */
    private static final String[][] ACCOUNTS = {
            {"admin", "系统管理员", "", "ADMIN", "13800000001"},
            {"officer1", "王建国", "HT", "OFFICER", "13912345601"},
            {"officer2", "李明", "NT", "OFFICER", "13912345602"},
            {"auxiliary1", "张伟", "HT", "AUXILIARY", "13912345603"},
            {"head1", "陈志强", "HT", "SUPERVISOR", "13912345604"},
            {"supervisor1", "周国平", "", "SUPERVISOR", "13912345605"},
            {"liaison1", "刘洋", "HT", "LIAISON", "13912345606"},
            {"volunteer1", "赵秀英", "HT", "VOLUNTEER", "13812345607"},
            {"volunteer2", "孙桂兰", "HT", "VOLUNTEER", "13812345608"},
    };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    @ConfigProperty(name = "yanghu.demo", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        // several instances may start at once: one loads, the others wait and find it done
        em.createNativeQuery("SELECT pg_advisory_xact_lock(20261127)").getSingleResult();
        if (!em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", "admin")
                .getResultList().isEmpty()) {
            return;
        }
        Map<String, Station> stations = new HashMap<>();
        for (String[] s : STATIONS) {
            Station station = em.createNamedQuery("Station.byCode", Station.class).setParameter("code", s[0])
                    .getResultStream().findFirst().orElseGet(() -> {
                        Station created = new Station(s[0], s[1], s[2]);
                        created.changeContact("常州市武进区" + s[1].replace("派出所", ""), "0519-8" + (1000000 + s[0].hashCode() % 900000));
                        em.persist(created);
                        return created;
                    });
            stations.put(s[0], station);
        }
        em.flush();
        for (String[] c : COMMUNITIES) {
            Community community = new Community(stations.get(c[0]), c[1], c[2], c[3], CommunityKind.valueOf(c[4]));
            em.persist(community);
            em.persist(new Grid(community, c[1] + "-G1", c[2] + "第一网格", c[3] + " Grid 1"));
            em.persist(new Grid(community, c[1] + "-G2", c[2] + "第二网格", c[3] + " Grid 2"));
        }
        String hash = passwords.hash(PASSWORD);
        for (String[] a : ACCOUNTS) {
            Account account = new Account(a[0], a[1], hash, a[2].isEmpty() ? null : stations.get(a[2]),
                    EnumSet.of(Role.valueOf(a[3])));
            account.describe(a[1], a[4], null);
            em.persist(account);
        }
        // the demo accounts sign in with the password alone: no role requires a second factor here
        // (production keeps the migration's default, every staff role); the setting page says so
        em.createNativeQuery("UPDATE second_factor_policy SET required = false").executeUpdate();
        LOG.info("Demo data loaded: " + STATIONS.length + " stations, " + ACCOUNTS.length + " accounts");
    }
}
