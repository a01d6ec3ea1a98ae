package cn.gov.wujin.yanghu.patrol.alerts;

import cn.gov.wujin.yanghu.fraud.warning.LeadReceived;
import cn.gov.wujin.yanghu.fraud.warning.LeadUrgency;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.application.LeadHelpAnswered;
import cn.gov.wujin.yanghu.patrol.application.LeadHelpService;
import cn.gov.wujin.yanghu.patrol.domain.GroupMember;
import cn.gov.wujin.yanghu.patrol.domain.HelpAnswer;
import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import cn.gov.wujin.yanghu.patrol.domain.PatrolGroup;
import cn.gov.wujin.yanghu.patrol.domain.Shift;
import cn.gov.wujin.yanghu.patrol.domain.ShiftSignup;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is asked to go to the door: the volunteers and grid workers on duty now in the lead's
 * community, each once; never for a normal lead or a lead without a community. An answer goes
 * to the station's officers. The texts show the surname only.
 */
class LeadHelpAlertsTest {

    private final Instant now = Instant.parse("2026-12-06T11:00:00Z"); // 19:00 in Beijing
    private final Instant planned = now.minus(Duration.ofDays(1));
    private final Station station = withId(new Station("HT", "湖塘派出所", "Hutang"), 1L);
    private final Account officer = new Account("officer1", "民警", "x", station, Set.of(Role.OFFICER));
    private final Community hutang = withId(new Community(station, "HT-01", "湖塘社区", "Hutang", CommunityKind.COMMUNITY), 100L);
    private final Community huayuan = withId(new Community(station, "HT-02", "花园社区", "Huayuan", CommunityKind.COMMUNITY), 200L);
    private final PatrolGroup here = withId(new PatrolGroup(station, "湖塘巡防队", officer, hutang, null), 10L);
    private final PatrolGroup there = withId(new PatrolGroup(station, "花园巡防队", officer, huayuan, null), 20L);

    /** Started an hour ago, ends in an hour. */
    private final Shift running = shift(here, now.minus(Duration.ofHours(1)));
    /** Starts in 20 minutes: check-in is open. */
    private final Shift starting = shift(here, now.plus(Duration.ofMinutes(20)));
    private final Shift elsewhere = shift(there, now.minus(Duration.ofHours(1)));

    record Sent(NotificationKind kind, List<Long> to, String link, String onceKey, List<String> args) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final List<ShiftSignup> candidates = new ArrayList<>();
    private final List<ShiftSignup> asked = new ArrayList<>();

    private final LeadHelpService help = new LeadHelpService() {
        @Override
        public List<ShiftSignup> signupsIn(long communityId, Instant at) {
            return candidates;
        }

        @Override
        public List<Long> ask(long leadId, long stationId, List<ShiftSignup> onDuty, Instant at) {
            asked.addAll(onDuty);
            return onDuty.stream().map(s -> s.getMember().getAccountId()).toList();
        }
    };

    private final StaffDirectory staff = new StaffDirectory() {
        @Override
        public List<Long> ofStation(long stationId, Role... roles) {
            return stationId == 1L && List.of(roles).equals(List.of(Role.OFFICER)) ? List.of(11L, 12L) : List.of();
        }
    };

    private final Notifications notifications = new Notifications() {
        @Override
        public int send(NotificationKind kind, Collection<Long> accountIds, String link, String onceKey, String... args) {
            sent.add(new Sent(kind, List.copyOf(accountIds), link, onceKey, List.of(args)));
            return accountIds.size();
        }
    };

    private final LeadHelpAlerts alerts = new LeadHelpAlerts(help, staff, notifications, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void theVolunteersAndGridWorkersOnDutyInTheCommunityAreAskedEachOnce() {
        ShiftSignup inWindow = signUp(running, member(here, 1L, MemberKind.VOLUNTEER), null);
        ShiftSignup checkedInEarly = signUp(starting, member(here, 2L, MemberKind.GRID_WORKER), now.minus(Duration.ofMinutes(5)));
        GroupMember twice = member(here, 3L, MemberKind.VOLUNTEER);
        ShiftSignup first = signUp(running, twice, null);
        ShiftSignup second = signUp(starting, twice, now.minus(Duration.ofMinutes(1)));
        candidates.addAll(List.of(inWindow, checkedInEarly, first, second,
                signUp(starting, member(here, 4L, MemberKind.VOLUNTEER), null),                    // not yet started, not checked in
                checkedOut(signUp(running, member(here, 5L, MemberKind.VOLUNTEER), null)),       // went home
                signUp(running, member(here, 6L, MemberKind.SECURITY_GUARD), null),              // not asked: a guard
                signUp(running, member(here, null, MemberKind.VOLUNTEER), null),                 // no account to tell
                signUp(elsewhere, member(there, 7L, MemberKind.VOLUNTEER), null)));              // another community
        GroupMember resting = member(here, 8L, MemberKind.VOLUNTEER);
        candidates.add(signUp(running, resting, null));
        resting.activate(false);

        alerts.onReceived(lead(LeadUrgency.URGENT, 100L, "张三丰"));

        assertThat(asked).containsExactly(inWindow, checkedInEarly, first);
        assertThat(sent).containsExactly(new Sent(NotificationKind.LEAD_HELP_REQUESTED, List.of(1L, 2L, 3L),
                "/patrol/help.xhtml?lead=5", "lead-help:5", List.of("湖塘社区", "人民路8号3单元", "张**", "12-06 19:30")));
        assertThat(String.join(" ", sent.get(0).args())).doesNotContain("138");
    }

    @Test
    void nobodyIsAskedForANormalLeadALeadWithoutCommunityOrWhenNobodyIsOnDuty() {
        candidates.add(signUp(running, member(here, 1L, MemberKind.VOLUNTEER), null));
        alerts.onReceived(lead(LeadUrgency.NORMAL, 100L, "张三"));
        alerts.onReceived(lead(LeadUrgency.URGENT, null, "张三"));
        candidates.clear();
        alerts.onReceived(lead(LeadUrgency.URGENT, 100L, "张三"));
        assertThat(asked).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void anAnswerGoesToTheOfficersOfTheLeadsStation() {
        alerts.onAnswered(new LeadHelpAnswered(5L, 1L, "赵志愿", HelpAnswer.DISSUADED, "李四"));
        assertThat(sent).containsExactly(new Sent(NotificationKind.LEAD_HELP_ANSWERED, List.of(11L, 12L), "/fraud/leads.xhtml?lead=5",
                null, List.of("赵志愿", "#help.DISSUADED", "李**")));
    }

    private LeadReceived lead(LeadUrgency urgency, Long community, String name) {
        return new LeadReceived(5L, 1L, "湖塘派出所", urgency, name, "138****5678", now, now.plus(Duration.ofMinutes(30)), community,
                community == null ? null : "湖塘社区", "人民路8号3单元");
    }

    private Shift shift(PatrolGroup group, Instant start) {
        return withId(new Shift(group, "人民路", start, start.plus(Duration.ofHours(2)), 2, null, "officer1", planned), (long) start.hashCode());
    }

    private static long nextMember = 1000;

    private GroupMember member(PatrolGroup group, Long account, MemberKind kind) {
        return withId(new GroupMember(group, account, "成员" + account, kind, null, null, LocalDate.now()), nextMember++);
    }

    private ShiftSignup signUp(Shift shift, GroupMember member, Instant checkedIn) {
        ShiftSignup signup = shift.signUp(member, planned);
        if (checkedIn != null) {
            shift.checkIn(member, checkedIn);
        }
        return signup;
    }

    private ShiftSignup checkedOut(ShiftSignup signup) {
        signup.getShift().checkIn(signup.getMember(), now.minus(Duration.ofMinutes(50)));
        signup.getShift().checkOut(signup.getMember(), now.minus(Duration.ofMinutes(10)));
        return signup;
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
