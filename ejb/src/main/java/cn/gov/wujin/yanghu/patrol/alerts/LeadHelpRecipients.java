package cn.gov.wujin.yanghu.patrol.alerts;

import cn.gov.wujin.yanghu.patrol.application.LeadHelpService;
import cn.gov.wujin.yanghu.patrol.domain.GroupMember;
import cn.gov.wujin.yanghu.patrol.domain.PatrolGroup;
import cn.gov.wujin.yanghu.patrol.domain.ShiftSignup;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asked to go to the door of an urgent lead's person: the volunteers and grid workers,
 * with an account, active in an active group patrolling the lead's community (its own or one of
 * its grids), who are on duty now ({@link cn.gov.wujin.yanghu.patrol.domain.Shift#isOnDutyAt}:
 * inside their shift's window or checked in early, and not checked out). Each person once, even
 * on two shifts there.
 */
final class LeadHelpRecipients {

    private LeadHelpRecipients() {
    }

    static List<ShiftSignup> onDuty(List<ShiftSignup> signups, long communityId, Instant now) {
        Set<Long> chosen = new HashSet<>();
        return signups.stream().filter(s -> {
            GroupMember member = s.getMember();
            PatrolGroup group = s.getShift().getGroup();
            return member.isActive() && member.getAccountId() != null && LeadHelpService.ASKED_KINDS.contains(member.getKind())
                    && group.isActive() && group.getCommunity() != null && Objects.equals(group.getCommunity().getId(), communityId)
                    && s.getShift().isOnDutyAt(s, now);
        }).filter(s -> chosen.add(s.getMember().getAccountId())).toList();
    }
}
