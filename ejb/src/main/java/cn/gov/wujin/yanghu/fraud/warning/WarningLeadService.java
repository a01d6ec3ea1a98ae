package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.fraud.application.CaseNumbers;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Early-warning leads (预警劝阻): receiving them, the station's board, outcomes, CSV import, links to cases. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class WarningLeadService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private CaseNumbers caseNumbers;

    public LeadView receive(@NotNull @Valid NewLead lead) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        WarningLead created = build(lead, "", problems);
        problems.throwIfAny();
        em.persist(created);
        em.flush();
        return view(created);
    }

    /** The board: open leads first, the nearest deadline first; the caller's station (all for the bureau). */
    public Page<LeadView> board(LeadOutcome status, boolean overdueOnly, int first, int pageSize) {
        Long station = scope.stationFilter();
        String where = " WHERE 1 = 1" + (station == null ? "" : " AND l.stationId = :station")
                + (status == null ? "" : " AND l.status = :status")
                + (overdueOnly ? " AND l.status = :open AND l.deadline < :now" : "");
        TypedQuery<WarningLead> rows = em.createQuery("SELECT l FROM WarningLead l JOIN FETCH l.station LEFT JOIN FETCH l.fraudCase"
                + where + " ORDER BY CASE WHEN l.status = :open THEN 0 ELSE 1 END, l.deadline", WarningLead.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM WarningLead l" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (station != null) {
                query.setParameter("station", station);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (overdueOnly) {
                query.setParameter("now", Instant.now());
            }
        }
        rows.setParameter("open", LeadOutcome.OPEN);
        if (overdueOnly) {
            count.setParameter("open", LeadOutcome.OPEN);
        }
        List<LeadView> views = Page.window(rows, first, pageSize)
                .getResultList().stream().map(this::view).toList();
        return new Page<>(views, count.getSingleResult());
    }

    public LeadView get(long id) {
        return view(scope.find(WarningLead.class, id));
    }

    /** Records the outcome; "already defrauded" opens a case for the person, linked to the lead. */
    public LeadView recordOutcome(long id, @NotNull OutcomeRequest request) {
        WarningLead lead = scope.find(WarningLead.class, id);
        Caller caller = scope.caller();
        Instant now = Instant.now();
        FraudType type = null;
        if (request.getOutcome() == LeadOutcome.ALREADY_DEFRAUDED) {
            type = request.getFraudType() == null ? null : em.find(FraudType.class, request.getFraudType());
            if (type == null || !type.isActive()) {
                throw new InvalidInputException("fraudType", "fraud.type.unknown", request.getFraudType());
            }
        }
        lead.recordOutcome(request.getOutcome(), request.getContactMethod(), request.getNote(), caller.username(), now);
        if (type != null) {
            FraudCase opened = new FraudCase(caseNumbers.next(lead.getStation(), now), lead.getStation(), type, now,
                    lead.getOutcomeNote() == null ? "预警线索转案" : lead.getOutcomeNote(), caller.username(), now);
            opened.addVictim(lead.getPersonName() == null ? "—" : lead.getPersonName(), null, lead.getPhone(), null, null);
            em.persist(opened);
            lead.linkTo(opened);
        }
        em.flush();
        return view(lead);
    }

    /**
     * Imports leads from CSV ({@link LeadImportRows#HEADER}; {@link CsvFile} says how it is read).
     * Every row is checked first; one bad row imports nothing, and each problem names its row.
     */
    public int importCsv(byte[] csv) {
        List<WarningLead> leads = new ArrayList<>();
        CsvFile.read(csv, LeadImportRows.HEADER).checkEachRow((row, problems) -> {
            WarningLead lead = build(LeadImportRows.lead(row, problems), row.field() + ".", problems);
            if (lead != null) {
                leads.add(lead);
            }
        });
        leads.forEach(em::persist);
        em.flush();
        return leads.size();
    }

    /** A later case whose victim's phone matches an earlier lead is linked to it. */
    public void linkCaseToEarlierLeads(FraudCase fraudCase) {
        List<String> phones = fraudCase.getVictims().stream().map(v -> v.getPhone()).filter(p -> p != null).toList();
        if (phones.isEmpty()) {
            return;
        }
        em.createQuery("SELECT l FROM WarningLead l WHERE l.phone IN :phones AND l.fraudCase IS NULL AND l.receivedAt <= :reported",
                        WarningLead.class)
                .setParameter("phones", phones).setParameter("reported", fraudCase.getReportedAt())
                .getResultList().forEach(l -> l.linkTo(fraudCase));
    }

    private WarningLead build(NewLead lead, String prefix, InvalidInputsException.Collector problems) {
        Station station = scope.targetStation(lead.getStationCode()).orElse(null);
        if (station == null) {
            boolean named = lead.getStationCode() != null && !lead.getStationCode().isBlank();
            problems.add(prefix + "stationCode", named ? "fraud.station.notYours" : "fraud.station.required", lead.getStationCode());
        }
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
        return new WarningLead(station, phone, lead.getPersonName(), lead.getSource(), lead.getUrgency(), received,
                scope.caller().username());
    }

    private LeadView view(WarningLead l) {
        return new LeadView(l.getId(), l.stationId(), l.getStation().getCode(), Masking.phone(l.getPhone()), l.getPersonName(),
                l.getSource().name(), l.getUrgency().name(), l.getReceivedAt(), l.getDeadline(), l.getStatus().name(),
                l.isOverdueAt(Instant.now()), l.getContactMethod() == null ? null : l.getContactMethod().name(),
                l.getOutcomeNote(), l.getOutcomeAt(), l.getOutcomeBy(),
                l.getFraudCase() == null ? null : l.getFraudCase().getId(),
                l.getFraudCase() == null ? null : l.getFraudCase().getCaseNumber().value(), l.getVersion());
    }
}
