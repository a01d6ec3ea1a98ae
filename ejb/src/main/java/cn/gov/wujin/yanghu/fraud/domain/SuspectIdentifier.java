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

/** A suspect identifier (涉案要素) of a case, as typed and normalised. */
@Entity
@Table(name = "suspect_identifier")
public class SuspectIdentifier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdentifierType type;

    @Column(name = "raw_value", nullable = false)
    private String rawValue;

    @Column(name = "normalized_value", nullable = false)
    private String normalizedValue;

    protected SuspectIdentifier() {
    }

    SuspectIdentifier(FraudCase fraudCase, IdentifierType type, String rawValue, String normalizedValue) {
        this.fraudCase = fraudCase;
        this.type = type;
        this.rawValue = rawValue;
        this.normalizedValue = normalizedValue;
    }

    public IdentifierType getType() {
        return type;
    }

    public String getRawValue() {
        return rawValue;
    }

    public String getNormalizedValue() {
        return normalizedValue;
    }
}
