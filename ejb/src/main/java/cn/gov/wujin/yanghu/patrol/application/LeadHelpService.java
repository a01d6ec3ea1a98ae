package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.fraud.warning.WarningLead;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.LeadHelp;
import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import cn.gov.wujin.yanghu.patrol.domain.Shift;
import cn.gov.wujin.yanghu.patrol.domain.ShiftSignup;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Door-to-door help with urgent warning leads (上门劝阻): who may be on duty in a community, the
 * requests to those who are (patrol.alerts.LeadHelpAlerts decides who), the asked member's view
 * and answer, and the answers as the lead's officers see them. A member sees only the requests
 * made to them (any other answers 404); a lead's answers follow the lead's station scoping.
 */
@Stateless
@RolesAllowed(Roles.VOLUNTEER)
public class LeadHelpService {

    /** Who is asked: the volunteers and grid workers of the groups patrolling the community. */
    public static final Set<MemberKind> ASKED_KINDS = Set.of(MemberKind.VOLUNTEER, MemberKind.GRID_WORKER);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private Event<LeadHelpAnswered> answered;

    /**
     * The active sign-ups of members with an active account, of the kinds asked, in active
     * groups patrolling the community, to shifts that may have them on duty at {@code now}:
     * not called off, not ended, started or starting within the check-in window. Whether each
     * member is on duty is the rule's to decide ({@link Shift#isOnDutyAt}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<ShiftSignup> signupsIn(long communityId, Instant now) {
        return em.createQuery("SELECT s FROM ShiftSignup s JOIN s.shift sh JOIN sh.group g JOIN s.member m "
                        + "WHERE g.community.id = :community AND g.active = TRUE AND m.active = TRUE AND m.kind IN :kinds "
                        + "AND m.accountId IS NOT NULL AND s.cancelledAt IS NULL AND s.checkedOutAt IS NULL AND sh.cancelled = FALSE "
                        + "AND sh.endsAt >= :now AND sh.startsAt <= :opens "
                        + "AND EXISTS (SELECT a FROM Account a WHERE a.id = m.accountId AND a.active = TRUE) ORDER BY s.id", ShiftSignup.class)
                .setParameter("community", communityId).setParameter("kinds", ASKED_KINDS).setParameter("now", now)
                .setParameter("opens", now.plus(Shift.CHECK_IN_EARLY)).getResultList();
    }

    /** Records the requests to the members of these sign-ups (one each); answers their accounts. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Long> ask(long leadId, long stationId, List<ShiftSignup> onDuty, Instant now) {
        List<Long> accounts = new ArrayList<>();
        for (ShiftSignup signup : onDuty) {
            em.persist(new LeadHelp(leadId, stationId, signup, now));
            accounts.add(signup.getMember().getAccountId());
        }
        em.flush();
        return accounts;
    }

    /** The request made to the caller about this lead. */
    public HelpRequestView request(long leadId) {
        LeadHelp help = mine(leadId, false);
        return view(help, em.find(WarningLead.class, leadId));
    }

    /**
     * The caller's answer, replacing their earlier one while the lead is open (409 once it has
     * an outcome); the station's officers are told.
     */
    public HelpRequestView answer(long leadId, @NotNull @Valid HelpAnswerForm form) {
        LeadHelp help = mine(leadId, true);
        // a shared lock on the lead: an outcome being recorded now comes first (and closes the request) or waits for this answer
        WarningLead lead = em.find(WarningLead.class, leadId, LockModeType.PESSIMISTIC_READ);
        help.answer(form.getAnswer(), form.getNote(), lead.getStatus(), Instant.now());
        em.flush();
        answered.fire(new LeadHelpAnswered(leadId, lead.stationId(), help.getMember().getName(), help.getAnswer(), lead.getPersonName()));
        return view(help, lead);
    }

    /** Who was asked about the lead and what they answered, first asked first; a lead out of the caller's scope answers 404. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public List<HelpAnswerRow> answersOf(long leadId) {
        scope.find(WarningLead.class, leadId);
        return answersOf(List.of(leadId)).getOrDefault(leadId, List.of());
    }

    /** The answers of several leads at once (a page of the board), only of leads the caller may see; keyed by lead. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Map<Long, List<HelpAnswerRow>> answersOf(Collection<Long> leadIds) {
        Map<Long, List<HelpAnswerRow>> answers = new LinkedHashMap<>();
        if (leadIds.isEmpty()) {
            return answers;
        }
        Long station = scope.stationFilter();
        var query = em.createQuery("SELECT h FROM LeadHelp h WHERE h.leadId IN :leads" + (station == null ? "" : " AND h.stationId = :station")
                + " ORDER BY h.leadId, h.askedAt, h.id", LeadHelp.class).setParameter("leads", leadIds);
        if (station != null) {
            query.setParameter("station", station);
        }
        query.getResultList().forEach(h -> answers.computeIfAbsent(h.getLeadId(), id -> new ArrayList<>()).add(row(h)));
        return answers;
    }

    /** The caller's request about the lead (locked for an answer), or 404: a member sees only what they were asked. */
    private LeadHelp mine(long leadId, boolean forUpdate) {
        var query = em.createQuery("SELECT h FROM LeadHelp h WHERE h.leadId = :lead AND h.accountId = :me", LeadHelp.class)
                .setParameter("lead", leadId).setParameter("me", scope.caller().accountId());
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new RecordNotFoundException("WarningLead", leadId));
    }

    private static HelpRequestView view(LeadHelp help, WarningLead lead) {
        Community community = lead.getCommunity();
        return new HelpRequestView(lead.getId(), community == null ? null : community.getNameZh(),
                community == null ? null : community.getNameEn(), lead.getAddress(), Masking.personName(lead.getPersonName()),
                help.getAskedAt(), lead.getDeadline(), lead.isOpen(), lead.isOpen() ? null : lead.getStatus().name(),
                help.getAnswer() == null ? null : help.getAnswer().name(), help.getNote(), help.getAnsweredAt());
    }

    private static HelpAnswerRow row(LeadHelp h) {
        return new HelpAnswerRow(h.getId(), h.getLeadId(), h.getMember().getName(), h.getMember().getKind().name(),
                h.getMember().getGroup().getName(), h.getAskedAt(), h.getAnswer() == null ? null : h.getAnswer().name(), h.getNote(),
                h.getAnsweredAt());
    }
}
