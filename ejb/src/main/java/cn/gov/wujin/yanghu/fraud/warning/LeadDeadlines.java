package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** The open urgent leads the timed rule looks at (fraud.alerts.LeadEscalation), whoever runs it. */
@ApplicationScoped
public class LeadDeadlines {

    @PersistenceContext
    private EntityManager em;

    /** Urgent leads without an outcome received in [{@code from}, {@code to}], oldest first. */
    public List<OpenLead> urgentWithoutOutcome(Instant from, Instant to) {
        return em.createQuery("SELECT l FROM WarningLead l JOIN FETCH l.station WHERE l.status = :open AND l.urgency = :urgent "
                        + "AND l.receivedAt >= :from AND l.receivedAt <= :to ORDER BY l.receivedAt, l.id", WarningLead.class)
                .setParameter("open", LeadOutcome.OPEN).setParameter("urgent", LeadUrgency.URGENT)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(l -> new OpenLead(l.getId(), l.stationId(), l.getStation().getNameZh(), l.getPersonName(), Masking.phone(l.getPhone()),
                        l.getReceivedAt(), l.getDeadline()))
                .toList();
    }
}
