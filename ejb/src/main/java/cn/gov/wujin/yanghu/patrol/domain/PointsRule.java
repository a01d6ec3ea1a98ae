package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** How many points a unit of verified work earns (a reference table ADMIN keeps; awards already made stay). */
@Entity
@Table(name = "points_rule")
public class PointsRule implements AuditedEntity {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal points;

    @Column(name = "unit_zh", nullable = false)
    private String unitZh;

    @Column(name = "unit_en", nullable = false)
    private String unitEn;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected PointsRule() {
    }

    /** Up to 999.9 points per unit, in tenths; a retired rule awards nothing more. */
    public void revise(BigDecimal newPoints, boolean nowActive) {
        if (newPoints == null || newPoints.signum() < 0 || newPoints.scale() > 1 || newPoints.compareTo(new BigDecimal("999.9")) > 0) {
            throw new InvalidInputException("points", "points.rule.points");
        }
        this.points = newPoints.setScale(1);
        this.active = nowActive;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getUnitZh() {
        return unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return code;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return code + " " + points + (active ? "" : " retired");
    }
}
