package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.fraud.domain.PaymentChannel;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.IdCardNumbers;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a report must keep beyond the form's own constraints, and its values as the case
 * keeps them: times, ID-card numbers, phones and identifiers normalised, amounts exact. Every
 * problem is collected with its field (prefixed as the request nests the report, such as
 * {@code case.victims[0].phone}), so the officer fixes them all in one go. No database: the
 * station and the fraud type are the intake's to look up.
 */
public final class CaseIntakeChecks {

    /** A report that keeps the rules, ready to become a case. */
    public record Report(Instant reportedAt, Instant contactStartedAt, List<Victim> victims, List<Transfer> transfers,
                         List<Identifier> identifiers) {
    }

    public record Victim(String name, String idCardNumber, String phone, Integer age, String occupation) {
    }

    public record Transfer(Instant at, Amount amount, PaymentChannel channel, String fromAccount, String toAccount, String toBank) {
    }

    public record Identifier(IdentifierType type, String rawValue, String normalizedValue) {
    }

    private final String prefix;
    private final Instant now;
    private final Map<String, String> maskedPhones;

    /**
     * @param fieldPrefix  put before every field named ("" for a report on its own)
     * @param now          the time of the registration: a report cannot come from later
     * @param maskedPhones phones shown masked that stand for a number the intake knows (138****5678 for the
     *                     lead's person); sent back unchanged, they mean that number
     */
    public CaseIntakeChecks(String fieldPrefix, Instant now, Map<String, String> maskedPhones) {
        this.prefix = fieldPrefix;
        this.now = now;
        this.maskedPhones = Map.copyOf(maskedPhones);
    }

    /** The report's values; only whole when no problem was collected. */
    public Report check(NewFraudCase form, InvalidInputsException.Collector problems) {
        Instant reportedAt = instant(form.getReportedAt());
        if (reportedAt != null && BureauTime.isFuture(reportedAt, now)) {
            problems.add(prefix + "reportedAt", "fraud.reportedAt.future");
        }
        Instant contactStartedAt = instant(form.getContactStartedAt());
        if (contactStartedAt != null && reportedAt != null && contactStartedAt.isAfter(reportedAt)) {
            problems.add(prefix + "contactStartedAt", "fraud.contactStartedAt.afterReport");
        }
        List<Victim> victims = victims(form.getVictims(), problems);
        List<Transfer> transfers = transfers(form.getTransfers(), problems);
        List<Identifier> identifiers = identifiers(form.getIdentifiers(), problems);
        return new Report(reportedAt, contactStartedAt, victims, transfers, identifiers);
    }

    private List<Victim> victims(List<NewFraudCase.VictimInput> inputs, InvalidInputsException.Collector problems) {
        List<Victim> victims = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            NewFraudCase.VictimInput v = inputs.get(i);
            String field = prefix + "victims[" + i + "].";
            String idNumber = blankToNull(v.getIdNumber());
            if (idNumber != null && !IdCardNumbers.isValid(idNumber)) {
                problems.add(field + "idNumber", "validation.idCard");
            }
            String given = blankToNull(v.getPhone());
            String phone = given == null ? null : IdentifierType.PHONE.normalize(maskedPhones.getOrDefault(given, given)).orElse(null);
            if (given != null && phone == null) {
                problems.add(field + "phone", "fraud.phone.invalid");
            }
            victims.add(new Victim(v.getName() == null ? null : v.getName().strip(), IdCardNumbers.normalize(idNumber), phone, v.getAge(),
                    blankToNull(v.getOccupation())));
        }
        return victims;
    }

    private List<Transfer> transfers(List<NewFraudCase.TransferInput> inputs, InvalidInputsException.Collector problems) {
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            NewFraudCase.TransferInput t = inputs.get(i);
            String field = prefix + "transfers[" + i + "].";
            Amount amount = Amount.parse(t.getAmount()).filter(Amount::isPositive).orElse(null);
            if (amount == null) {
                problems.add(field + "amount", Amount.INVALID);
            }
            PaymentChannel channel = channel(t.getChannel());
            if (channel == null) {
                problems.add(field + "channel", "fraud.channel.unknown", t.getChannel());
            }
            transfers.add(new Transfer(instant(t.getTime()), amount, channel, blankToNull(t.getFromAccount()),
                    blankToNull(t.getToAccount()), blankToNull(t.getToBank())));
        }
        return transfers;
    }

    private List<Identifier> identifiers(List<NewFraudCase.IdentifierInput> inputs, InvalidInputsException.Collector problems) {
        List<Identifier> identifiers = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            NewFraudCase.IdentifierInput input = inputs.get(i);
            String field = prefix + "identifiers[" + i + "].";
            IdentifierType type = identifierType(input.getType());
            if (type == null) {
                problems.add(field + "type", "fraud.identifier.typeUnknown", input.getType());
                continue;
            }
            String normalized = input.getValue() == null ? null : type.normalize(input.getValue()).orElse(null);
            if (normalized == null) {
                problems.add(field + "value", "fraud.identifier.invalid", type.name());
            } else {
                identifiers.add(new Identifier(type, input.getValue().strip(), normalized));
            }
        }
        return identifiers;
    }

    private static PaymentChannel channel(String name) {
        try {
            return name == null ? null : PaymentChannel.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static IdentifierType identifierType(String name) {
        try {
            return name == null ? null : IdentifierType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
