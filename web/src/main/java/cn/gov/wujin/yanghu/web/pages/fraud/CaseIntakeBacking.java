package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.CaseIntake;
import cn.gov.wujin.yanghu.fraud.application.FraudCaseView;
import cn.gov.wujin.yanghu.fraud.application.IdentifierService;
import cn.gov.wujin.yanghu.fraud.application.IdentifierSighting;
import cn.gov.wujin.yanghu.fraud.application.NewFraudCase;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.fraud.domain.PaymentChannel;
import cn.gov.wujin.yanghu.fraud.warning.ContactMethod;
import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
import cn.gov.wujin.yanghu.fraud.warning.LeadView;
import cn.gov.wujin.yanghu.fraud.warning.OutcomeRequest;
import cn.gov.wujin.yanghu.fraud.warning.WarningLeadService;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.search.Persons;
import cn.gov.wujin.yanghu.search.Sightings;
import cn.gov.wujin.yanghu.patrol.application.TipView;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * fraud/intake.xhtml: one screen for a report while the victim sits in front of the
 * officer. Rows for victims, transfers and identifiers are added in place; the total and
 * "seen in N other cases" update as the officer types. Opened from a volunteer's tip
 * ({@code ?tip=}) or from a warning lead whose person was already defrauded ({@code ?lead=}),
 * it starts from what those hold; a case from a lead records the lead's outcome with it.
 */
@Named
@ViewScoped
public class CaseIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the lead board hands over (flash) with {@code ?lead=}: the outcome's contact method and note. */
    public static final String LEAD_OUTCOME = "leadOutcome";

    @Inject
    private CaseIntake intake;

    @Inject
    private WarningLeadService leads;

    @Inject
    private IdentifierService identifierService;

    @Inject
    private Sightings sightings;

    @Inject
    private TipQueries tips;

    @Inject
    private Persons persons;

    private Long tipId;
    private TipView tip;
    private Long leadId;
    private LeadView lead;
    private ContactMethod leadContactMethod = ContactMethod.CALL;
    private String leadNote;
    private String stationCode;
    private String fraudType;
    private LocalDateTime reportedAt = LocalDateTime.now(Formats.BUREAU_ZONE).truncatedTo(ChronoUnit.MINUTES);
    private LocalDateTime contactStartedAt;
    private String contactMethod;
    private String narrative;
    private final List<NewFraudCase.VictimInput> victims = new ArrayList<>(List.of(new NewFraudCase.VictimInput()));
    private final List<TransferRow> transfers = new ArrayList<>(List.of(new TransferRow()));
    private final List<IdentifierRow> identifiers = new ArrayList<>(List.of(new IdentifierRow()));
    /** Each victim row's earlier cases and warnings, as last checked (by row, not by value: two rows may hold one person). */
    private final Map<NewFraudCase.VictimInput, Persons.Prior> priors = new IdentityHashMap<>();

    public static class TransferRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDateTime time;
        private Amount amount;
        private PaymentChannel channel = PaymentChannel.BANK_CARD;
        private String fromAccount;
        private String toAccount;
        private String toBank;

        boolean isEmpty() {
            return amount == null && time == null && toAccount == null;
        }

        public LocalDateTime getTime() {
            return time;
        }

        public void setTime(LocalDateTime time) {
            this.time = time;
        }

        public Amount getAmount() {
            return amount;
        }

        public void setAmount(Amount amount) {
            this.amount = amount;
        }

        public PaymentChannel getChannel() {
            return channel;
        }

        public void setChannel(PaymentChannel channel) {
            this.channel = channel;
        }

        public String getFromAccount() {
            return fromAccount;
        }

        public void setFromAccount(String fromAccount) {
            this.fromAccount = fromAccount;
        }

        public String getToAccount() {
            return toAccount;
        }

        public void setToAccount(String toAccount) {
            this.toAccount = toAccount;
        }

        public String getToBank() {
            return toBank;
        }

        public void setToBank(String toBank) {
            this.toBank = toBank;
        }
    }

    public static class IdentifierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private IdentifierType type = IdentifierType.PHONE;
        private String value;
        private IdentifierSighting sighting;
        private Sightings.Seen seen;

        public IdentifierType getType() {
            return type;
        }

        public void setType(IdentifierType type) {
            this.type = type;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public IdentifierSighting getSighting() {
            return sighting;
        }

        /** Where its text was seen: tips, enterprise requests, visit notes naming it (null until checked, or not valid). */
        public Sightings.Seen getSeen() {
            return seen;
        }
    }

    /** Called while the officer types an identifier: normalises it and counts the other cases carrying it. */
    public void check(IdentifierRow row) {
        row.sighting = row.value == null || row.value.isBlank() ? null : identifierService.sighting(row.type, row.value, null);
        row.seen = row.sighting == null || !row.sighting.valid() ? null : sightings.seen(row.type.name(), row.sighting.normalized());
    }

    public BigDecimal getTotal() {
        return transfers.stream().map(TransferRow::getAmount).filter(Objects::nonNull).map(Amount::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void addVictim() {
        victims.add(new NewFraudCase.VictimInput());
    }

    public void removeVictim(NewFraudCase.VictimInput row) {
        if (victims.size() > 1) {
            victims.remove(row);
            priors.remove(row);
        }
    }

    /** Ajax, when a victim's ID-card number or phone changes: the person's earlier cases and warnings ("this person reported…"). */
    public void checkPerson(NewFraudCase.VictimInput row) {
        Persons.Prior prior = persons.prior(row.getIdNumber(), row.getPhone(), fraudType);
        if (prior == null) {
            priors.remove(row);
        } else {
            priors.put(row, prior);
        }
    }

    /** Ajax, when the fraud type changes: a recovery kind makes a victim with earlier cases a possible secondary fraud. */
    public void recheckPersons() {
        for (NewFraudCase.VictimInput row : victims) {
            if (priors.containsKey(row)) {
                checkPerson(row);
            }
        }
    }

    /** What is known of the person in this victim row (null: nothing, or not checked yet). */
    public Persons.Prior prior(NewFraudCase.VictimInput row) {
        return priors.get(row);
    }

    public void addTransfer() {
        transfers.add(new TransferRow());
    }

    public void removeTransfer(TransferRow row) {
        transfers.remove(row);
    }

    public void addIdentifier() {
        identifiers.add(new IdentifierRow());
    }

    public void removeIdentifier(IdentifierRow row) {
        identifiers.remove(row);
    }

    /** f:viewAction: with ?tip=, the report starts from a volunteer's fraud lead (its description and time). */
    public void startFromTip() {
        if (tipId != null && tip == null) {
            tip = tips.get(tipId);
            narrative = tip.description();
            reportedAt = LocalDateTime.now(Formats.BUREAU_ZONE).truncatedTo(ChronoUnit.MINUTES);
            contactMethod = tip.place();
        }
    }

    /**
     * f:viewAction: with ?lead=, the report of a warning lead's person who was already
     * defrauded: the person is the first victim (the phone as the board shows it, masked; the
     * intake takes it for the lead's number), and the board's contact method and note come along.
     */
    public void startFromLead() {
        if (leadId != null && lead == null) {
            lead = leads.get(leadId);
            NewFraudCase.VictimInput person = victims.get(0);
            person.setName(lead.personName());
            person.setPhone(lead.phone());
            Object handedOver = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(LEAD_OUTCOME);
            if (handedOver instanceof OutcomeRequest outcome) {
                leadContactMethod = outcome.getContactMethod() == null ? ContactMethod.CALL : outcome.getContactMethod();
                leadNote = outcome.getNote();
            }
        }
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public LeadView getLead() {
        return lead;
    }

    public ContactMethod getLeadContactMethod() {
        return leadContactMethod;
    }

    public void setLeadContactMethod(ContactMethod leadContactMethod) {
        this.leadContactMethod = leadContactMethod;
    }

    public String getLeadNote() {
        return leadNote;
    }

    public void setLeadNote(String leadNote) {
        this.leadNote = leadNote;
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public Long getTipId() {
        return tipId;
    }

    public void setTipId(Long tipId) {
        this.tipId = tipId;
    }

    public TipView getTip() {
        return tip;
    }

    public void register() throws IOException {
        NewFraudCase form = new NewFraudCase();
        form.setTipId(tip == null ? null : tip.id());
        form.setStationCode(stationCode);
        form.setFraudType(fraudType);
        form.setReportedAt(beijing(reportedAt));
        form.setContactStartedAt(beijing(contactStartedAt));
        form.setContactMethod(contactMethod);
        form.setNarrative(narrative);
        form.getVictims().addAll(victims);
        for (TransferRow t : transfers) {
            if (t.isEmpty()) {
                continue; // the empty row the page starts with
            }
            NewFraudCase.TransferInput in = new NewFraudCase.TransferInput();
            in.setTime(beijing(t.time));
            in.setAmount(t.amount == null ? null : t.amount.toString());
            in.setChannel(t.channel == null ? null : t.channel.name());
            in.setFromAccount(t.fromAccount);
            in.setToAccount(t.toAccount);
            in.setToBank(t.toBank);
            form.getTransfers().add(in);
        }
        for (IdentifierRow i : identifiers) {
            if (i.value == null || i.value.isBlank()) {
                continue;
            }
            NewFraudCase.IdentifierInput in = new NewFraudCase.IdentifierInput();
            in.setType(i.type.name());
            in.setValue(i.value);
            form.getIdentifiers().add(in);
        }
        try {
            FraudCaseView created = lead == null ? intake.register(form) : intake.registerFromLead(lead.id(), leadOutcome(form));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesErrors.info("case.registered", created.caseNumber());
            external.redirect(external.getRequestContextPath() + "/fraud/case.xhtml?id=" + created.id());
        } catch (RuntimeException e) {
            // a lead's outcome request nests the report as "case": its fields are this form's
            FacesErrors.show(e, "intake", "case.");
        }
    }

    private OutcomeRequest leadOutcome(NewFraudCase form) {
        OutcomeRequest outcome = new OutcomeRequest();
        outcome.setOutcome(LeadOutcome.ALREADY_DEFRAUDED);
        outcome.setContactMethod(leadContactMethod);
        outcome.setNote(leadNote);
        outcome.setCase(form);
        return outcome;
    }

    private static OffsetDateTime beijing(LocalDateTime time) {
        return time == null ? null : time.atZone(Formats.BUREAU_ZONE).toOffsetDateTime();
    }

    public IdentifierType[] getIdentifierTypes() {
        return IdentifierType.values();
    }

    public PaymentChannel[] getChannels() {
        return PaymentChannel.values();
    }

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode;
    }

    public String getFraudType() {
        return fraudType;
    }

    public void setFraudType(String fraudType) {
        this.fraudType = fraudType;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public LocalDateTime getContactStartedAt() {
        return contactStartedAt;
    }

    public void setContactStartedAt(LocalDateTime contactStartedAt) {
        this.contactStartedAt = contactStartedAt;
    }

    public String getContactMethod() {
        return contactMethod;
    }

    public void setContactMethod(String contactMethod) {
        this.contactMethod = contactMethod;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public List<NewFraudCase.VictimInput> getVictims() {
        return victims;
    }

    public List<TransferRow> getTransfers() {
        return transfers;
    }

    public List<IdentifierRow> getIdentifiers() {
        return identifiers;
    }
}
