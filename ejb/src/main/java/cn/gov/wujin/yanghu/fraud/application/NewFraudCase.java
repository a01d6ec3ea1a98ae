package cn.gov.wujin.yanghu.fraud.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A fraud report as taken at intake (REST body and the intake page). */
public class NewFraudCase implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Optional: the volunteer's tip (a fraud lead) this case is opened from. */
    private Long tipId;

    /** Optional: the caller's own station. */
    @Size(max = 8)
    private String stationCode;

    @NotBlank
    private String fraudType;

    @NotNull
    private OffsetDateTime reportedAt;

    private OffsetDateTime contactStartedAt;

    @Size(max = 200)
    private String contactMethod;

    @NotBlank
    @Size(max = 20000)
    private String narrative;

    @NotEmpty
    @Valid
    private List<VictimInput> victims = new ArrayList<>();

    @Valid
    private List<TransferInput> transfers = new ArrayList<>();

    @Valid
    private List<IdentifierInput> identifiers = new ArrayList<>();

    public static class VictimInput implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank
        @Size(max = 60)
        private String name;
        @Size(max = 18)
        private String idNumber;
        @Size(max = 20)
        private String phone;
        @Min(0)
        @Max(130)
        private Integer age;
        @Size(max = 60)
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

    public static class TransferInput implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotNull
        private OffsetDateTime time;
        /** A decimal string such as "12000.10": never a binary floating-point number. */
        @NotBlank
        private String amount;
        @NotBlank
        private String channel;
        @Size(max = 64)
        private String fromAccount;
        @Size(max = 64)
        private String toAccount;
        @Size(max = 100)
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

    public static class IdentifierInput implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank
        private String type;
        @NotBlank
        @Size(max = 300)
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
