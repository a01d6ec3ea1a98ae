package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A publicity event with its participants' names and the officer's decision. */
public record PublicityView(long id, String kind, LocalDate heldOn, String place, int audience, String description,
                            String reportedBy, Instant reportedAt, List<String> participants, String status, String decidedBy,
                            String decisionNote, long version) implements Serializable {

    public String participantNames() {
        return String.join("、", participants);
    }
}
