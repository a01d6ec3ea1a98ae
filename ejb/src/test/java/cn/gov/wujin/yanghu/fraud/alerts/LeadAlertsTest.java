package cn.gov.wujin.yanghu.fraud.alerts;

import cn.gov.wujin.yanghu.fraud.warning.LeadReceived;
import cn.gov.wujin.yanghu.fraud.warning.LeadUrgency;
import cn.gov.wujin.yanghu.fraud.warning.OpenLead;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears of an urgent lead: the station's officers and heads at once, the heads after 10 minutes, the bureau at the deadline. */
class LeadAlertsTest {

    /** Station 1: officers 11 and 12, auxiliary 13, head 14; station 2: officer 21; the bureau's supervisor 90. */
    static final class Staff extends StaffDirectory {
        private static final Map<Long, Map<Role, List<Long>>> STATIONS = Map.of(
                1L, Map.of(Role.OFFICER, List.of(11L, 12L), Role.AUXILIARY, List.of(13L), Role.SUPERVISOR, List.of(14L)),
                2L, Map.of(Role.OFFICER, List.of(21L)));

        @Override
        public List<Long> ofStation(long stationId, Role... roles) {
            List<Long> ids = new ArrayList<>();
            for (Role role : roles) {
                ids.addAll(STATIONS.getOrDefault(stationId, Map.of()).getOrDefault(role, List.of()));
            }
            return ids;
        }

        @Override
        public List<Long> headsOf(long stationId) {
            return ofStation(stationId, Role.SUPERVISOR);
        }

        @Override
        public List<Long> bureauSupervisors() {
            return List.of(90L);
        }
    }

    record Sent(NotificationKind kind, List<Long> to, String link, String onceKey, List<String> args) {
    }

    static final class Outbox extends Notifications {
        final List<Sent> sent = new ArrayList<>();

        @Override
        public int send(NotificationKind kind, Collection<Long> accountIds, String link, String onceKey, String... args) {
            sent.add(new Sent(kind, List.copyOf(accountIds), link, onceKey, List.of(args)));
            return accountIds.size();
        }
    }

    private final Instant now = Instant.parse("2026-12-06T11:00:00Z"); // 19:00 in Beijing
    private final Outbox outbox = new Outbox();
    private final LeadAlerts alerts = new LeadAlerts(new Staff(), outbox);

    @Test
    void anUrgentLeadReachesEveryOfficerAndTheHeadOfItsStationOnly() {
        alerts.onReceived(received(7L, LeadUrgency.URGENT, "张三丰"));
        assertThat(outbox.sent).containsExactly(new Sent(NotificationKind.LEAD_URGENT, List.of(11L, 12L, 14L),
                "/fraud/leads.xhtml?lead=7", "lead-urgent:7", List.of("张**", "138****5678", "12-06 19:30", "湖塘派出所")));
    }

    @Test
    void aNormalLeadTellsNobodyAndAnUnnamedPersonIsCalledSo() {
        alerts.onReceived(received(8L, LeadUrgency.NORMAL, "张三"));
        assertThat(outbox.sent).isEmpty();
        alerts.onReceived(received(9L, LeadUrgency.URGENT, " "));
        assertThat(outbox.sent.get(0).args().get(0)).isEqualTo("#person.unnamed");
    }

    @Test
    void tenMinutesWithoutOutcomeGoToTheHeadsAndTheDeadlineToTheBureau() {
        OpenLead fresh = open(1L, now.minus(Duration.ofMinutes(9)));
        OpenLead escalated = open(2L, now.minus(Duration.ofMinutes(11)));
        OpenLead overdue = open(3L, now.minus(Duration.ofMinutes(30)));
        LeadAlerts.Told told = alerts.escalate(List.of(fresh, escalated, overdue), now);

        assertThat(outbox.sent).extracting(Sent::kind, Sent::to, Sent::onceKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.LEAD_ESCALATED, List.of(14L), "lead-escalated:2"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.LEAD_ESCALATED, List.of(14L), "lead-escalated:3"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.LEAD_OVERDUE, List.of(90L), "lead-overdue:3"));
        assertThat(outbox.sent.get(2).args()).containsExactly("王**", "139****0000", "12-06 19:00", "湖塘派出所");
        assertThat(outbox.sent.get(2).link()).isEqualTo("/fraud/leads.xhtml?lead=3");
        assertThat(told).isEqualTo(new LeadAlerts.Told(2, 1));
        assertThat(told.toString()).isEqualTo("2 escalated, 1 overdue told");
    }

    private LeadReceived received(long id, LeadUrgency urgency, String name) {
        return new LeadReceived(id, 1L, "湖塘派出所", urgency, name, "138****5678", now, now.plus(Duration.ofMinutes(30)), null, null, null);
    }

    private OpenLead open(long id, Instant receivedAt) {
        return new OpenLead(id, 1L, "湖塘派出所", "王五", "139****0000", receivedAt, receivedAt.plus(Duration.ofMinutes(30)));
    }
}
