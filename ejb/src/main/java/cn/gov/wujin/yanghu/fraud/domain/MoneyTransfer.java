package cn.gov.wujin.yanghu.fraud.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One payment of the money flow, in CNY to the fen (an exact decimal, never a double). */
@Entity
@Table(name = "money_transfer")
public class MoneyTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @Column(nullable = false)
    private int position;

    @Column(name = "transferred_at", nullable = false)
    private Instant transferredAt;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentChannel channel;

    @Column(name = "from_account")
    private String fromAccount;

    @Column(name = "to_account")
    private String toAccount;

    @Column(name = "to_bank")
    private String toBank;

    protected MoneyTransfer() {
    }

    MoneyTransfer(FraudCase fraudCase, int position, Instant transferredAt, BigDecimal amount, PaymentChannel channel,
                  String fromAccount, String toAccount, String toBank) {
        this.fraudCase = fraudCase;
        this.position = position;
        this.transferredAt = transferredAt;
        this.amount = amount;
        this.channel = channel;
        this.fromAccount = fromAccount;
        this.toAccount = toAccount;
        this.toBank = toBank;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Instant getTransferredAt() {
        return transferredAt;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentChannel getChannel() {
        return channel;
    }

    public String getFromAccount() {
        return fromAccount;
    }

    public String getToAccount() {
        return toAccount;
    }

    public String getToBank() {
        return toBank;
    }
}
