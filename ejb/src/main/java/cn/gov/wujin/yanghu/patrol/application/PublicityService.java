package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.liaison.application.AntiFraudNoticeSent;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.PublicityEvent;
import cn.gov.wujin.yanghu.patrol.domain.PublicityKind;
import cn.gov.wujin.yanghu.patrol.domain.PublicityStatus;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Anti-fraud publicity (反诈宣传): members report what they did, an officer of the station
 * confirms it, and only then does it count (statistics) and earn its participants points.
 */
@Stateless
@RolesAllowed({Roles.VOLUNTEER, Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class PublicityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private PointsLedger points;

    public PublicityView report(@NotNull @Valid NewPublicity form) {
        Caller caller = scope.caller();
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        PublicityKind kind = null;
        try {
            kind = PublicityKind.valueOf(form.getKind());
        } catch (IllegalArgumentException e) {
            problems.add("kind", "publicity.kind.unknown", form.getKind());
        }
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        if (form.getHeldOn().isAfter(today) || form.getHeldOn().isBefore(today.minusDays(90))) {
            problems.add("heldOn", "publicity.heldOn.range");
        }
        if (caller.stationId() == null) {
            problems.add("heldOn", "publicity.station.none");
        }
        Set<Long> participants = new LinkedHashSet<>();
        List<String> named = form.getParticipants() == null ? List.of() : form.getParticipants(); // "participants": null is none
        for (int i = 0; i < named.size(); i++) {
            String username = named.get(i);
            Account a = username == null ? null : em.createNamedQuery("Account.byUsername", Account.class)
                    .setParameter("username", username.strip()).getResultStream().findFirst().orElse(null);
            if (a == null || !a.isActive() || !Objects.equals(a.stationId(), caller.stationId())) {
                problems.add("participants[" + i + "]", "publicity.participant.unknown", username);
            } else {
                participants.add(a.getId());
            }
        }
        problems.throwIfAny();
        List<?> groups = em.createNativeQuery("SELECT m.group_id FROM group_member m JOIN patrol_group g ON g.id = m.group_id "
                + "WHERE m.account_id = ?1 AND m.active AND g.station_id = ?2 ORDER BY m.id LIMIT 1")
                .setParameter(1, caller.accountId()).setParameter(2, caller.stationId()).getResultList();
        PublicityEvent event = new PublicityEvent(caller.stationId(), groups.isEmpty() ? null : ((Number) groups.get(0)).longValue(),
                kind, form.getHeldOn(), form.getPlace().strip(), form.getAudience(), blankToNull(form.getDescription()),
                caller.accountId(), participants, Instant.now());
        em.persist(event);
        em.flush();
        return view(event);
    }

    /** The station's events (staff) or the ones the caller took part in (volunteer), newest first. */
    public List<PublicityView> list(PublicityStatus status) {
        Caller caller = scope.caller();
        boolean staff = caller.isStationStaff();
        StringBuilder jpql = new StringBuilder("SELECT e FROM PublicityEvent e WHERE 1 = 1");
        Long station = scope.stationFilter();
        if (staff && station != null) {
            jpql.append(" AND e.stationId = :station");
        }
        if (!staff) {
            jpql.append(" AND :me MEMBER OF e.participants");
        }
        if (status != null) {
            jpql.append(" AND e.status = :status");
        }
        TypedQuery<PublicityEvent> query = em.createQuery(jpql + " ORDER BY e.heldOn DESC, e.id DESC", PublicityEvent.class)
                .setMaxResults(Page.MAX_SIZE);
        if (staff && station != null) {
            query.setParameter("station", station);
        }
        if (!staff) {
            query.setParameter("me", caller.accountId());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultStream().map(this::view).toList();
    }

    /** An officer of the station confirms (participants earn points, once) or rejects, with a note. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public PublicityView decide(long id, boolean confirm, String note, long expectedVersion) {
        PublicityEvent event = scope.find(PublicityEvent.class, id);
        if (event.getVersion() != expectedVersion) {
            throw new ConflictException("PublicityEvent", id);
        }
        Caller caller = scope.caller();
        Instant now = Instant.now();
        if (confirm) {
            event.confirm(caller.username(), note, now);
            for (Long participant : event.getParticipants()) {
                points.award(participant, event.getGroupId(), event.stationId(), "PUBLICITY_EVENT", BigDecimal.ONE,
                        "points.reason.publicity", List.of(String.valueOf(event.getHeldOn()), event.getPlace()),
                        PointsLedger.Source.PUBLICITY_EVENT, event.getId(),
                        caller.username());
            }
        } else {
            if (note == null || note.isBlank()) {
                throw new InvalidInputException("note", "publicity.reject.reason");
            }
            event.reject(caller.username(), note, now);
        }
        em.flush();
        return view(event);
    }

    /**
     * A liaison's anti-fraud notice counts as the station's publicity: recorded as an event of
     * kind NOTICE, confirmed by its sender at once (nobody earns points for it), in the sending
     * transaction. The sender's roles are the notice service's.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.LIAISON})
    public void noticeSent(@Observes AntiFraudNoticeSent notice) {
        Instant now = notice.sentAt();
        PublicityEvent event = new PublicityEvent(notice.stationId(), null, PublicityKind.NOTICE, LocalDate.ofInstant(now, BureauTime.ZONE),
                truncate(String.join("、", notice.enterpriseNames()), 200), notice.delivered(),
                truncate("[" + notice.fraudType() + " → " + notice.audience() + "] " + notice.message(), 2000),
                notice.sentByAccountId(), Set.of(), now);
        // confirmed before it is stored: one audit row, the creation, as for any other record
        event.confirm(notice.sentBy(), "liaison notice", now);
        em.persist(event);
        em.flush();
        notice.recordedAs(event.getId());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private PublicityView view(PublicityEvent e) {
        List<String> names = e.getParticipants().stream().map(id -> em.find(Account.class, id)).map(Account::getDisplayName).toList();
        Account reporter = em.find(Account.class, e.getReportedBy());
        return new PublicityView(e.getId(), e.getKind().name(), e.getHeldOn(), e.getPlace(), e.getAudience(), e.getDescription(),
                reporter.getDisplayName(), e.getReportedAt(), names, e.getStatus().name(), e.getDecidedBy(), e.getDecisionNote(),
                e.getVersion());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
