package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the liaison pages and the REST API show: plain values, personal data masked. */
public final class LiaisonViews {

    private LiaisonViews() {
    }

    public record EnterpriseView(long id, String name, String creditCode, String stationCode, String address, String sector,
                                 String contactName, String contactPhone, String liaison, String liaisonName, long projects,
                                 long version) implements Serializable {
    }

    /** One line of the project board. */
    public record ProjectRow(long id, String name, long enterpriseId, String enterpriseName, String stationCode, String stage,
                             BigDecimal investment, String liaison, String liaisonName, LocalDate lastVisitOn,
                             boolean noRecentVisit, long openRequests, long overdueRequests, long version) implements Serializable {

        public boolean hasLiaison() {
            return liaison != null;
        }
    }

    public record AssignmentView(long id, String officer, String officerName, Instant startedAt, String assignedBy, String reason,
                                 Instant endedAt, String endedBy, String endReason, boolean viaEnterprise) implements Serializable {
    }

    public record RiskView(String category, String note) implements Serializable {
    }

    public record FollowUpView(long id, String action, LocalDate dueOn, Instant doneAt, String doneBy, boolean overdue) implements Serializable {
    }

    public record VisitView(long id, long projectId, String projectName, String officer, String officerName, LocalDate visitedOn,
                            String peopleMet, String topics, List<RiskView> risks, List<FollowUpView> followUps) implements Serializable {
    }

    public record TransitionView(String from, String to, String actor, Instant at, String note) implements Serializable {
    }

    public record RequestView(long id, long enterpriseId, String enterpriseName, Long projectId, String projectName,
                              String stationCode, String category, String description, Instant receivedAt, Instant deadlineAt,
                              String owner, String ownerName, String status, String resolution, Integer rating,
                              String ratingComment, boolean overdue, Instant escalatedAt, String followUp, String followUpNote,
                              List<TransitionView> transitions, long version) implements Serializable {
    }

    public record ProjectDetail(ProjectRow project, EnterpriseView enterprise, String siteAddress, LocalDate signedOn,
                                LocalDate landedOn, LocalDate constructionOn, LocalDate operatingOn,
                                List<AssignmentView> liaisons, List<VisitView> visits, List<RequestView> requests) implements Serializable {
    }

    /** Satisfaction (好差评) of closed requests, per station, in a period. */
    public record Satisfaction(String stationCode, long closed, BigDecimal average, long[] byStars, long low,
                               long openFollowUps) implements Serializable {
    }

    public record DeadlineView(String category, int days, long version) implements Serializable {
    }

    public record SettingView(String name, int value, long version) implements Serializable {
    }

    /**
     * A notice sent: its publicity record; {@code delivered} messages queued in the SMS outbox (they
     * leave within seconds of the commit); the enterprises whose contact no message could reach.
     */
    public record NoticeResult(long publicityEventId, int delivered, List<String> withoutContact) implements Serializable {
    }
}
