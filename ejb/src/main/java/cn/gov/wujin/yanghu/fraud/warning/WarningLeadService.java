package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.shared.Conditions;
import cn.gov.wujin.yanghu.fraud.application.CaseIntake;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Backlog;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;

/**
 * Early-warning leads (预警劝阻): receiving them, the station's board, outcomes, CSV import, links to cases.
 * Every lead that comes in, whichever way, is announced as {@link LeadReceived} in the transaction that stores it.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class WarningLeadService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private CaseIntake intake;

    @Inject
    private Event<LeadReceived> leadsReceived;

    public LeadView receive(@NotNull @Valid NewLead lead) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        WarningLead created = build(lead, null, "", problems);
        problems.throwIfAny();
        store(created);
        return view(created);
    }

    /** The board: open leads first, the nearest deadline first; the caller's station (all for the bureau). */
    public Page<LeadView> board(LeadOutcome status, boolean overdueOnly, int first, int pageSize) {
        return board(status, overdueOnly, null, null, first, pageSize);
    }

    /**
     * The board, of one station within the caller's scope when {@code stationCode} is given, or
     * (with {@code leadId}) only that lead, as a notification's link opens it. Open leads first,
     * urgent ones first among them, then the nearest deadline: the countdown on the board says
     * the minutes left.
     */
    public Page<LeadView> board(LeadOutcome status, boolean overdueOnly, String stationCode, Long leadId, int first, int pageSize) {
        return board(status, overdueOnly, stationCode, leadId, null, null, null, first, pageSize);
    }

    /**
     * As above, and only the leads of one community received in the Beijing days [from, to] (each
     * null: any), as the map's count markers open the board (counted as its heat layer counts leads).
     */
    public Page<LeadView> board(LeadOutcome status, boolean overdueOnly, String stationCode, Long leadId, Long communityId,
                                LocalDate from, LocalDate to, int first, int pageSize) {
        Conditions where = conditions(status, overdueOnly, stationCode, leadId, communityId, from, to);
        TypedQuery<WarningLead> rows = where.bind(em.createQuery("SELECT l FROM WarningLead l JOIN FETCH l.station LEFT JOIN FETCH l.fraudCase "
                + "LEFT JOIN FETCH l.community" + where.jpql() + " ORDER BY CASE WHEN l.status = :open THEN 0 ELSE 1 END, "
                + "CASE WHEN l.urgency = :urgent THEN 0 ELSE 1 END, l.deadline, l.id", WarningLead.class))
                .setParameter("open", LeadOutcome.OPEN).setParameter("urgent", LeadUrgency.URGENT);
        TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(l) FROM WarningLead l" + where.jpql(), Long.class));
        List<LeadView> views = Page.window(rows, first, pageSize)
                .getResultList().stream().map(this::view).toList();
        return new Page<>(views, count.getSingleResult());
    }

    /**
     * What waits on the board with this status (a home page's count): the board's own conditions,
     * counted up to {@code cap}, and whether any open lead among them is past its deadline.
     */
    public Backlog backlog(LeadOutcome status, int cap) {
        Conditions where = conditions(status, false, null, null);
        // the deadlines, not the ids: the board's index (V5) alone answers
        long count = where.bind(em.createQuery("SELECT l.deadline FROM WarningLead l" + where.jpql(), Instant.class))
                .setMaxResults(Math.max(1, cap)).getResultList().size();
        Conditions late = conditions(status, true, null, null);
        boolean overdue = count > 0 && !late.bind(em.createQuery("SELECT l.deadline FROM WarningLead l" + late.jpql(), Instant.class))
                .setMaxResults(1).getResultList().isEmpty();
        return new Backlog(count, overdue);
    }

    /** The same per station (the bureau's table): exact counts and whether any is overdue; stations without a lead left out. */
    public Map<Long, Backlog> backlogByStation(LeadOutcome status) {
        Conditions where = conditions(status, false, null, null);
        Map<Long, Backlog> result = new HashMap<>();
        List<Object[]> rows = where.bind(em.createQuery("SELECT l.stationId, COUNT(l), SUM(CASE WHEN l.status = :open AND l.deadline < :late "
                + "THEN 1 ELSE 0 END) FROM WarningLead l" + where.jpql() + " GROUP BY l.stationId", Object[].class))
                .setParameter("open", LeadOutcome.OPEN).setParameter("late", Instant.now()).getResultList();
        for (Object[] row : rows) {
            result.put(((Number) row[0]).longValue(), new Backlog(((Number) row[1]).longValue(), row[2] != null && ((Number) row[2]).longValue() > 0));
        }
        return result;
    }

    /** The board's conditions, written once for its page, its total and the counts of a home page. */
    private Conditions conditions(LeadOutcome status, boolean overdueOnly, String stationCode, Long leadId) {
        return conditions(status, overdueOnly, stationCode, leadId, null, null, null);
    }

    private Conditions conditions(LeadOutcome status, boolean overdueOnly, String stationCode, Long leadId, Long communityId,
                                  LocalDate from, LocalDate to) {
        Long station = scope.stationFilter();
        StringBuilder jpql = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (station != null) {
            jpql.append(" AND l.stationId = :station");
            parameters.put("station", station);
        }
        if (stationCode != null && !stationCode.isBlank()) {
            jpql.append(" AND l.station.code = :stationCode");
            parameters.put("stationCode", stationCode.strip().toUpperCase(Locale.ROOT));
        }
        if (leadId != null) {
            jpql.append(" AND l.id = :lead");
            parameters.put("lead", leadId);
        }
        if (status != null) {
            jpql.append(" AND l.status = :status");
            parameters.put("status", status);
        }
        if (communityId != null) {
            jpql.append(" AND l.communityId = :community");
            parameters.put("community", communityId);
        }
        if (from != null) {
            jpql.append(" AND l.receivedAt >= :receivedFrom");
            parameters.put("receivedFrom", from.atStartOfDay(BureauTime.ZONE).toInstant());
        }
        if (to != null) {
            jpql.append(" AND l.receivedAt < :receivedBefore");
            parameters.put("receivedBefore", to.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant());
        }
        if (overdueOnly) {
            jpql.append(" AND l.status = :openNow AND l.deadline < :now");
            parameters.put("openNow", LeadOutcome.OPEN);
            parameters.put("now", Instant.now());
        }
        return new Conditions(jpql.toString(), parameters);
    }


    public LeadView get(long id) {
        return view(scope.find(WarningLead.class, id));
    }

    /**
     * Records the outcome. "Already defrauded" registers the person's case through the intake
     * (the request's {@code case}), linked to the lead, in the same transaction.
     */
    public LeadView recordOutcome(long id, @NotNull @Valid OutcomeRequest request) {
        if (request.getOutcome() == LeadOutcome.ALREADY_DEFRAUDED) {
            intake.registerFromLead(id, request);
            return get(id);
        }
        WarningLead lead = scope.find(WarningLead.class, id);
        lead.recordOutcome(request.getOutcome(), request.getContactMethod(), request.getNote(), scope.caller().username(), Instant.now());
        em.flush();
        return view(lead);
    }

    /**
     * Imports leads from CSV ({@link LeadImportRows#HEADER}, optionally {@link LeadImportRows#OPTIONAL};
     * {@link CsvFile} says how it is read). Every row is checked, and each problem names its row;
     * one bad row imports nothing. Rows are stored (and announced) as they are read while none
     * was wrong: a wrong row further down rolls them back with their notifications.
     */
    public int importCsv(byte[] csv) {
        List<WarningLead> leads = new ArrayList<>();
        CsvFile.read(csv, LeadImportRows.HEADER, LeadImportRows.OPTIONAL).checkEachRow((row, problems) -> {
            WarningLead lead = build(LeadImportRows.lead(row, problems), LeadImportRows.communityCode(row), row.field() + ".", problems);
            if (lead != null && problems.isEmpty()) {
                store(lead);
                leads.add(lead);
            }
        });
        return leads.size();
    }

    /** Stores a new lead and announces it in this transaction (the announcement needs its id). */
    private void store(WarningLead lead) {
        em.persist(lead);
        em.flush();
        leadsReceived.fire(LeadReceived.of(lead));
    }

    /** The lead, or null with its problems added; {@code communityCode} (an import's) names the community within the station. */
    private WarningLead build(NewLead lead, String communityCode, String prefix, InvalidInputsException.Collector problems) {
        Station station = scope.targetStation(lead.getStationCode()).orElse(null);
        if (station == null) {
            boolean named = lead.getStationCode() != null && !lead.getStationCode().isBlank();
            problems.add(prefix + "stationCode", named ? "fraud.station.notYours" : "fraud.station.required", lead.getStationCode());
        }
        Community community = station == null ? null : community(station, lead.getCommunity(), communityCode, prefix, problems);
        String phone = IdentifierType.PHONE.normalize(lead.getPhone()).orElse(null);
        if (phone == null) {
            problems.add(prefix + "phone", "fraud.phone.invalid");
        }
        Instant received = lead.getReceivedAt() == null ? Instant.now() : lead.getReceivedAt().toInstant();
        if (BureauTime.isFuture(received, Instant.now())) {
            problems.add(prefix + "receivedAt", "fraud.reportedAt.future");
        }
        if (station == null || phone == null || lead.getSource() == null || lead.getUrgency() == null) {
            return null;
        }
        return new WarningLead(station, phone, lead.getPersonName(), community, lead.getAddress(), lead.getSource(), lead.getUrgency(),
                received, scope.caller().username());
    }

    /** The community given by id (the API, the board) or by code (an import): one of the station's, else a problem named "community". */
    private Community community(Station station, Long id, String code, String prefix, InvalidInputsException.Collector problems) {
        if (id == null && (code == null || code.isBlank())) {
            return null;
        }
        Community found = id != null ? em.find(Community.class, id)
                : em.createQuery("SELECT c FROM Community c WHERE c.stationId = :station AND c.code = :code", Community.class)
                        .setParameter("station", station.getId()).setParameter("code", code.strip()).getResultStream().findFirst()
                        .orElse(null);
        if (found == null || !Objects.equals(found.stationId(), station.getId())) {
            problems.add(prefix + "community", "lead.community.notOfStation", id != null ? id : code.strip());
            return null;
        }
        return found;
    }

    private LeadView view(WarningLead l) {
        Community c = l.getCommunity();
        return new LeadView(l.getId(), l.stationId(), l.getStation().getCode(), Masking.phone(l.getPhone()), l.getPersonName(),
                l.getCommunityId(), c == null ? null : c.getNameZh(), c == null ? null : c.getNameEn(), l.getAddress(),
                l.getSource().name(), l.getUrgency().name(), l.getReceivedAt(), l.getDeadline(), l.getStatus().name(),
                l.isOverdueAt(Instant.now()), l.getContactMethod() == null ? null : l.getContactMethod().name(),
                l.getOutcomeNote(), l.getOutcomeAt(), l.getOutcomeBy(),
                l.getFraudCase() == null ? null : l.getFraudCase().getId(),
                l.getFraudCase() == null ? null : l.getFraudCase().getCaseNumber().value(), l.getVersion());
    }
}
