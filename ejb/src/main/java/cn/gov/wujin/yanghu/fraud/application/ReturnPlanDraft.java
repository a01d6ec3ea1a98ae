package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A new return plan: the money traced to victims (可查明的), by case. Cases not named get no traced
 * money and their first victim receives; a case named may name another of its victims.
 */
@Schema(description = "A new return plan (one round): the money traced to victims, by case. Every case whose transfers reached the "
        + "account takes part; a case not named here has no traced money and its first victim receives its share.")
public class ReturnPlanDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "Money traced to a victim, at most one entry per case; may be empty.", maxItems = 500)
    private List<TracedAmount> traced = new ArrayList<>();

    public List<TracedAmount> getTraced() {
        return traced;
    }

    public void setTraced(List<TracedAmount> traced) {
        this.traced = traced;
    }

    /** Money traced to one case's victim. */
    @Schema(name = "TracedAmount", description = "Money traced to one case's victim: at most what the case transferred to the account "
            + "and was not returned yet.")
    public static class TracedAmount implements Serializable {

        private static final long serialVersionUID = 1L;

        @Schema(required = true, description = "The case's id: one whose transfers reached the account.", example = "1042")
        private Long caseId;

        @Schema(minimum = "1", description = "The victim who receives the case's share, by position in the case (from 1); the first "
                + "when left out.", example = "1")
        private Integer victim;

        @Schema(pattern = CaseDocs.AMOUNT_INPUT, description = CaseDocs.AMOUNT_INPUT_TEXT + " The traced money; 0 when left out.",
                example = "5000.00")
        private String amount;

        public Long getCaseId() {
            return caseId;
        }

        public void setCaseId(Long caseId) {
            this.caseId = caseId;
        }

        public Integer getVictim() {
            return victim;
        }

        public void setVictim(Integer victim) {
            this.victim = victim;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }
}
