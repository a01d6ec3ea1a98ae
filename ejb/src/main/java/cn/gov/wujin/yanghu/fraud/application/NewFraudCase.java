package cn.gov.wujin.yanghu.fraud.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A fraud report as taken at intake (REST body and the intake page). */
@Schema(description = "A fraud report as taken at intake (报案登记). Every problem is named at once (errors[].field such as "
        + "victims[0].idNumber), and nothing is stored then.")
public class NewFraudCase implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Optional: the volunteer's tip (a fraud lead) this case is opened from. */
    @Schema(description = "The id of the volunteer's tip (a FRAUD_LEAD tip of the caller's station) this case is opened from; the tip "
            + "is then marked as turned into this case.", example = "318")
    private Long tipId;

    /** Optional: the caller's own station. */
    @Size(max = 8)
    @Schema(description = "The code of the station the case goes to. Station staff may leave it out for their own station; a "
            + "bureau account must name one.", example = "HT")
    private String stationCode;

    @NotBlank
    @Schema(description = CaseDocs.FRAUD_TYPE + " It must be active.", example = "ORDER_BRUSHING")
    private String fraudType;

    @NotNull
    @Schema(description = "When the victim reported; not in the future (5 minutes of clock difference are allowed).",
            example = "2026-03-12T10:20:00+08:00")
    private OffsetDateTime reportedAt;

    @Schema(description = "When the fraudster first made contact; not after reportedAt.", example = "2026-03-09T19:30:00+08:00")
    private OffsetDateTime contactStartedAt;

    @Size(max = 200)
    @Schema(description = "How the fraudster made contact.", example = "QQ 群招募刷单")
    private String contactMethod;

    @NotBlank
    @Size(max = 20000)
    @Schema(description = "What happened, as the victim tells it.")
    private String narrative;

    @NotEmpty
    @Valid
    @Schema(description = "The victims, at least one.")
    private List<VictimInput> victims = new ArrayList<>();

    @Valid
    @Schema(description = "The transfers of the victims' money, if any.")
    private List<TransferInput> transfers = new ArrayList<>();

    @Valid
    @Schema(description = "The suspect identifiers (涉案要素): phones, accounts, IDs, URLs, apps, IPs the fraudsters used. Each one links "
            + "the case to the other cases carrying it.")
    private List<IdentifierInput> identifiers = new ArrayList<>();

    @Schema(description = "A victim of the reported fraud.")
    public static class VictimInput implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank
        @Size(max = 60)
        @Schema(description = "The victim's full name.", example = "王秀英")
        private String name;
        @Size(max = 18)
        @Schema(description = "The resident ID-card number (身份证号): 17 digits and a check character (a digit or X), valid date of "
                + "birth and check character; spaces are ignored and a lower-case x is read as X.", example = "320412195803150024")
        private String idNumber;
        @Size(max = 20)
        @Schema(description = "The victim's phone: 5–20 digits once spaces, dashes, brackets, dots and a +86 or 0086 prefix are removed.",
                example = "139 1234 2468")
        private String phone;
        @Min(0)
        @Max(130)
        @Schema(description = "The age in years.", example = "67")
        private Integer age;
        @Size(max = 60)
        @Schema(description = "The occupation.", example = "退休")
        private String occupation;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public Integer getAge() {
            return age;
        }

        public void setAge(Integer age) {
            this.age = age;
        }

        public String getOccupation() {
            return occupation;
        }

        public void setOccupation(String occupation) {
            this.occupation = occupation;
        }
    }

    @Schema(description = "A transfer of a victim's money to the fraudsters.")
    public static class TransferInput implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotNull
        @Schema(description = "When the money left.", example = "2026-03-10T14:05:00+08:00")
        private OffsetDateTime time;
        /** A decimal string such as "12000.10": never a binary floating-point number. */
        @NotBlank
        @Schema(description = CaseDocs.AMOUNT_INPUT_TEXT + " More than zero.", pattern = CaseDocs.AMOUNT_INPUT, example = "12000.10")
        private String amount;
        @NotBlank
        @Schema(description = CaseDocs.CHANNEL, enumeration = {"BANK_CARD", "ALIPAY", "WECHAT_PAY", "CRYPTO", "CASH", "OTHER"},
                example = "BANK_CARD")
        private String channel;
        @Size(max = 64)
        @Schema(description = "The account the money left from.", example = "6217001234567890123")
        private String fromAccount;
        @Size(max = 64)
        @Schema(description = "The account that received it.", example = "6222021105001234567")
        private String toAccount;
        @Size(max = 100)
        @Schema(description = "The receiving account's bank.", example = "中国工商银行")
        private String toBank;

        public OffsetDateTime getTime() {
            return time;
        }

        public void setTime(OffsetDateTime time) {
            this.time = time;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
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

    @Schema(description = "A suspect identifier; its value must be valid for its type once normalised.")
    public static class IdentifierInput implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank
        @Schema(description = CaseDocs.IDENTIFIER_TYPE, enumeration = {"PHONE", "BANK_ACCOUNT", "PAYMENT_ACCOUNT", "WECHAT", "QQ", "URL",
                "APP", "IP"}, example = "PHONE")
        private String type;
        @NotBlank
        @Size(max = 300)
        @Schema(description = "The value as the victim gives it (normalised for linking: GET /api/v1/identifiers/sighting shows how).",
                example = "+86 171-2345-6789")
        private String value;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public Long getTipId() {
        return tipId;
    }

    public void setTipId(Long tipId) {
        this.tipId = tipId;
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

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(OffsetDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public OffsetDateTime getContactStartedAt() {
        return contactStartedAt;
    }

    public void setContactStartedAt(OffsetDateTime contactStartedAt) {
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

    public List<VictimInput> getVictims() {
        return victims;
    }

    public void setVictims(List<VictimInput> victims) {
        this.victims = victims == null ? new ArrayList<>() : victims;
    }

    public List<TransferInput> getTransfers() {
        return transfers;
    }

    public void setTransfers(List<TransferInput> transfers) {
        this.transfers = transfers == null ? new ArrayList<>() : transfers;
    }

    public List<IdentifierInput> getIdentifiers() {
        return identifiers;
    }

    public void setIdentifiers(List<IdentifierInput> identifiers) {
        this.identifiers = identifiers == null ? new ArrayList<>() : identifiers;
    }
}
