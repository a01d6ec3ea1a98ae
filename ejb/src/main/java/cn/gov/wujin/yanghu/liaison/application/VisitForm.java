package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A visit as the liaison records it: day, people met, topics, risks, follow-ups. */
@Schema(description = "A visit as the liaison officer records it.", requiredProperties = {"visitedOn", "peopleMet", "topics"})
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The day of the visit (Beijing time): not in the future, not more than a year ago.",
            example = "2026-11-28")
    private LocalDate visitedOn;
    @Schema(maxLength = 300, pattern = "\\S", description = "Whom the officer met (not blank).", example = "周总经理、钱会计")
    private String peopleMet;
    @Schema(maxLength = 2000, pattern = "\\S", description = "What was talked about (not blank).",
            example = "夜间工地材料被盗；财务人员收到冒充老板的QQ消息")
    private String topics;
    @Schema(description = "The risks found, each category at most once (default: none).")
    private List<RiskForm> risks = new ArrayList<>();
    @Schema(description = "The follow-up actions the visit sets (default: none).")
    private List<FollowUpForm> followUps = new ArrayList<>();

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getPeopleMet() {
        return peopleMet;
    }

    public void setPeopleMet(String peopleMet) {
        this.peopleMet = peopleMet;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public List<RiskForm> getRisks() {
        return risks;
    }

    public void setRisks(List<RiskForm> risks) {
        this.risks = risks;
    }

    public List<FollowUpForm> getFollowUps() {
        return followUps;
    }

    public void setFollowUps(List<FollowUpForm> followUps) {
        this.followUps = followUps;
    }
}
