package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.Victim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;

/** Links between leads and cases: a case reported by a person an earlier lead was about is linked to that lead. */
@ApplicationScoped
public class LeadLinks {

    @PersistenceContext
    private EntityManager em;

    /** Links the leads without a case, received before the report, whose phone is one of its victims' phones. */
    public void linkToEarlierLeads(FraudCase fraudCase) {
        List<String> phones = fraudCase.getVictims().stream().map(Victim::getPhone).filter(Objects::nonNull).toList();
        if (phones.isEmpty()) {
            return;
        }
        em.createQuery("SELECT l FROM WarningLead l WHERE l.phone IN :phones AND l.fraudCase IS NULL AND l.receivedAt <= :reported",
                        WarningLead.class)
                .setParameter("phones", phones).setParameter("reported", fraudCase.getReportedAt())
                .getResultList().forEach(l -> l.linkTo(fraudCase));
    }
}
