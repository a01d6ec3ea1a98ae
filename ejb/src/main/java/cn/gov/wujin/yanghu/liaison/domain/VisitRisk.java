package cn.gov.wujin.yanghu.liaison.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A risk found on a visit, with what was seen. */
@Embeddable
public class VisitRisk {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskCategory category;

    private String note;

    protected VisitRisk() {
    }

    public VisitRisk(RiskCategory category, String note) {
        this.category = category;
        this.note = note;
    }

    public RiskCategory getCategory() {
        return category;
    }

    public String getNote() {
        return note;
    }
}
