package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the liaison pages and the REST API show: plain values, personal data masked. The
 * {@code @Schema} texts are the API document's (a field left out of a JSON answer is null).
 */
public final class LiaisonViews {

    private LiaisonViews() {
    }

    @Schema(description = "An enterprise under the liaison scheme; the contact's phone is masked.",
            requiredProperties = {"id", "name", "creditCode", "stationCode", "sector", "projects", "version"})
    public record EnterpriseView(
            @Schema(example = "2048") long id,
            @Schema(example = "常州武进智造科技有限公司") String name,
            @Schema(description = "The unified social credit code (统一社会信用代码), 18 characters.", example = "91320412MA1WXY7K3G")
            String creditCode,
            @Schema(description = "The code of the station whose area the enterprise is in.", example = "HT") String stationCode,
            @Schema(example = "武进区湖塘镇人民中路88号") String address,
            @Schema(enumeration = {"MANUFACTURING", "CONSTRUCTION", "LOGISTICS", "TECHNOLOGY", "RETAIL", "FINANCE", "SERVICES", "OTHER"},
                    description = "The line of business.") String sector,
            @Schema(example = "钱会计") String contactName,
            @Schema(description = "The contact's phone, masked (the first three and last four digits); "
                    + "`GET /api/v1/enterprises/{id}/contact-phone` gives it in full.", example = "138****4567") String contactPhone,
            @Schema(description = "The username of the enterprise's own liaison officer, when it has one as a whole.",
                    example = "liaison1") String liaison,
            @Schema(description = "That liaison officer's name.", example = "李联络") String liaisonName,
            @Schema(description = "How many projects the enterprise has.", example = "2") long projects,
            @Schema(description = "The version to send back with a change.", example = "3") long version) implements Serializable {
    }

    /** One line of the project board. */
    @Schema(description = "A project as the board shows it: its liaison, its last visit and its open requests.",
            requiredProperties = {"id", "name", "enterpriseId", "enterpriseName", "stationCode", "stage", "noRecentVisit",
                    "openRequests", "overdueRequests", "version"})
    public record ProjectRow(
            @Schema(example = "1024") long id,
            @Schema(example = "智能装备产业园") String name,
            @Schema(example = "2048") long enterpriseId,
            @Schema(example = "常州武进智造科技有限公司") String enterpriseName,
            @Schema(description = "The code of the station whose area the project's site is in.", example = "HT") String stationCode,
            @Schema(enumeration = {"SIGNED", "LANDED", "CONSTRUCTION", "OPERATING"},
                    description = "签约 signed → 落地 landed → 建设 under construction → 投产 operating.") String stage,
            @Schema(description = "The investment in yuan, two decimals at most.", example = "120000000.00") BigDecimal investment,
            @Schema(description = "The username of the project's active liaison officer: its own, else its enterprise's.",
                    example = "liaison1") String liaison,
            @Schema(description = "That liaison officer's name.", example = "李联络") String liaisonName,
            @Schema(description = "The day of the last visit.") LocalDate lastVisitOn,
            @Schema(description = "No visit within the days of `GET /api/v1/enterprise-requests/settings/no-visit-days` "
                    + "(or never visited).") boolean noRecentVisit,
            @Schema(description = "Requests of the project received or in progress.") long openRequests,
            @Schema(description = "Of those, how many are past their deadline.") long overdueRequests,
            @Schema(description = "The version to send back with a change.", example = "2") long version) implements Serializable {

        public boolean hasLiaison() {
            return liaison != null;
        }
    }

    @Schema(description = "A liaison officer's charge of a project, or of its enterprise as a whole, from a start to an end.",
            requiredProperties = {"id", "officer", "officerName", "startedAt", "assignedBy", "viaEnterprise"})
    public record AssignmentView(
            long id,
            @Schema(description = "The liaison officer's username.", example = "liaison1") String officer,
            @Schema(example = "李联络") String officerName,
            Instant startedAt,
            @Schema(description = "Who made the assignment (username).", example = "head1") String assignedBy,
            @Schema(example = "首次指派") String reason,
            @Schema(description = "When it ended; absent while it runs.") Instant endedAt,
            @Schema(description = "Who ended it (username).") String endedBy,
            @Schema(description = "Why it ended: the reason of the assignment that followed.") String endReason,
            @Schema(description = "True when the officer is the enterprise's liaison as a whole, not the project's own.")
            boolean viaEnterprise) implements Serializable {
    }

    @Schema(description = "A risk found on a visit.", requiredProperties = "category")
    public record RiskView(
            @Schema(enumeration = {"SITE_THEFT", "WAGE_DISPUTE", "FRAUD_TARGETING_STAFF", "TRAFFIC", "FIRE_SAFETY", "OTHER"})
            String category,
            @Schema(example = "钢筋失窃两次") String note) implements Serializable {
    }

    @Schema(description = "A follow-up action a visit set.", requiredProperties = {"id", "action", "dueOn", "overdue"})
    public record FollowUpView(
            @Schema(description = "Its id, to tick it off.", example = "731") long id,
            @Schema(example = "为财务人员开展防诈宣讲") String action,
            LocalDate dueOn,
            @Schema(description = "When it was ticked off; absent while it is to do.") Instant doneAt,
            @Schema(description = "Who ticked it off (username).") String doneBy,
            @Schema(description = "Still to do and its day has passed (Beijing time).") boolean overdue) implements Serializable {
    }

    @Schema(description = "A visit (走访) to a project: the people met, the topics, the risks found and the follow-ups set.",
            requiredProperties = {"id", "projectId", "projectName", "officer", "officerName", "visitedOn", "peopleMet", "topics",
                    "risks", "followUps"})
    public record VisitView(
            @Schema(example = "612") long id,
            @Schema(example = "1024") long projectId,
            @Schema(example = "智能装备产业园") String projectName,
            @Schema(description = "Who recorded the visit (username).", example = "liaison1") String officer,
            @Schema(example = "李联络") String officerName,
            LocalDate visitedOn,
            @Schema(example = "周总经理、钱会计") String peopleMet,
            @Schema(example = "夜间工地材料被盗；财务人员收到冒充老板的QQ消息") String topics,
            List<RiskView> risks,
            List<FollowUpView> followUps) implements Serializable {
    }

    @Schema(description = "One step of a request's history. A step without `from` is the intake; a step with `from` equal to "
            + "`to` is the close of a follow-up.", requiredProperties = {"to", "actor", "at"})
    public record TransitionView(
            @Schema(enumeration = {"RECEIVED", "IN_PROGRESS", "RESOLVED", "CLOSED"}) String from,
            @Schema(enumeration = {"RECEIVED", "IN_PROGRESS", "RESOLVED", "CLOSED"}) String to,
            @Schema(description = "Who made the step (username).", example = "liaison1") String actor,
            Instant at,
            @Schema(example = "已协调户籍窗口上门办理") String note) implements Serializable {
    }

    @Schema(description = "An enterprise's request (诉求): RECEIVED → IN_PROGRESS → RESOLVED → CLOSED (by the enterprise's "
            + "rating).", requiredProperties = {"id", "enterpriseId", "enterpriseName", "stationCode", "category", "description",
            "receivedAt", "deadlineAt", "owner", "ownerName", "status", "overdue", "followUp", "transitions", "version"})
    public record RequestView(
            @Schema(example = "5120") long id,
            @Schema(example = "2048") long enterpriseId,
            @Schema(example = "常州武进智造科技有限公司") String enterpriseName,
            @Schema(description = "The project it concerns; absent for a request of the enterprise as a whole.", example = "1024")
            Long projectId,
            @Schema(example = "智能装备产业园") String projectName,
            @Schema(description = "The code of the enterprise's station.", example = "HT") String stationCode,
            @Schema(enumeration = {"TALENT_RESIDENCE", "SITE_SECURITY_CHECK", "DISPUTE_HELP", "FRAUD_PREVENTION_TALK", "OTHER"})
            String category,
            @Schema(example = "工地农民工讨薪聚集在项目部门口，请求派员协助调处") String description,
            Instant receivedAt,
            @Schema(description = "`receivedAt` plus the days of the category at intake.") Instant deadlineAt,
            @Schema(description = "The owner's username.", example = "liaison1") String owner,
            @Schema(example = "李联络") String ownerName,
            @Schema(enumeration = {"RECEIVED", "IN_PROGRESS", "RESOLVED", "CLOSED"}) String status,
            @Schema(description = "What was done, once RESOLVED.") String resolution,
            @Schema(minimum = "1", maximum = "5", description = "The enterprise's stars, once CLOSED.") Integer rating,
            String ratingComment,
            @Schema(description = "Open and past its deadline, at the time of the answer.") boolean overdue,
            @Schema(description = "When it was escalated to the station head, if it was.") Instant escalatedAt,
            @Schema(enumeration = {"NONE", "OPEN", "CLOSED"},
                    description = "The station head's follow-up of a low rating (1 or 2): NONE, OPEN (to do), CLOSED (done).")
            String followUp,
            @Schema(description = "What the station head did, once the follow-up is CLOSED.") String followUpNote,
            @Schema(description = "The history, oldest first.") List<TransitionView> transitions,
            @Schema(description = "The version to send back with a change.", example = "1") long version) implements Serializable {
    }

    @Schema(description = "A project's file.", requiredProperties = {"project", "enterprise", "liaisons", "visits", "requests"})
    public record ProjectDetail(
            ProjectRow project,
            EnterpriseView enterprise,
            @Schema(example = "武进国家高新区龙飞路18号") String siteAddress,
            @Schema(description = "The day it was signed (签约).") LocalDate signedOn,
            @Schema(description = "The day it landed (落地), once it did.") LocalDate landedOn,
            @Schema(description = "The day construction began, once it did.") LocalDate constructionOn,
            @Schema(description = "The day it began operating (投产), once it did.") LocalDate operatingOn,
            @Schema(description = "Its liaison assignments, its own and its enterprise's, the newest first. Those without "
                    + "`endedAt` are running; of those, its own gives its liaison officer, else its enterprise's.") List<AssignmentView> liaisons,
            @Schema(description = "Its visits, the newest first.") List<VisitView> visits,
            @Schema(description = "Its requests, the open ones first, then by deadline, the latest first.") List<RequestView> requests)
            implements Serializable {
    }

    /** Satisfaction (好差评) of closed requests, per station, in a period. */
    @Schema(description = "Satisfaction (好差评) with one station's requests closed in a period.",
            requiredProperties = {"stationCode", "closed", "average", "byStars", "low", "openFollowUps"})
    public record Satisfaction(
            @Schema(example = "HT") String stationCode,
            @Schema(description = "Requests closed (and so rated) in the period.", example = "12") long closed,
            @Schema(description = "Their average rating, two decimals.", example = "4.25") BigDecimal average,
            @Schema(minItems = 5, maxItems = 5, description = "How many got 1, 2, 3, 4 and 5 stars, in that order.",
                    example = "[0, 1, 1, 4, 6]") long[] byStars,
            @Schema(description = "Rated 1 or 2.", example = "1") long low,
            @Schema(description = "Of those, the follow-ups still open.", example = "0") long openFollowUps) implements Serializable {
    }

    @Schema(description = "The days a request of one category may take.", requiredProperties = {"category", "days", "version"})
    public record DeadlineView(
            @Schema(enumeration = {"TALENT_RESIDENCE", "SITE_SECURITY_CHECK", "DISPUTE_HELP", "FRAUD_PREVENTION_TALK", "OTHER"})
            String category,
            @Schema(minimum = "1", maximum = "365", example = "5") int days,
            @Schema(description = "The version to send back with a change.", example = "0") long version) implements Serializable {
    }

    @Schema(description = "A number the liaison rules depend on.", requiredProperties = {"name", "value", "version"})
    public record SettingView(
            @Schema(enumeration = "NO_VISIT_DAYS") String name,
            @Schema(minimum = "1", maximum = "3650", example = "30") int value,
            @Schema(description = "The version to send back with a change.", example = "0") long version) implements Serializable {
    }

    /**
     * A notice sent: its publicity record; {@code delivered} messages queued in the SMS outbox (they
     * leave within seconds of the commit); the enterprises whose contact no message could reach.
     */
    @Schema(description = "A notice sent.", requiredProperties = {"publicityEventId", "delivered", "withoutContact"})
    public record NoticeResult(
            @Schema(description = "The publicity event (of kind NOTICE) that records the notice.", example = "8803") long publicityEventId,
            @Schema(description = "Messages queued in the SMS outbox, which hands them to the SMS platform within seconds.",
                    example = "1") int delivered,
            @Schema(description = "The names of the enterprises no message went to: no contact phone, or notices "
                    + "do not go by SMS (the administrator's setting of the kind LIAISON_NOTICE).") List<String> withoutContact) implements Serializable {
    }
}
