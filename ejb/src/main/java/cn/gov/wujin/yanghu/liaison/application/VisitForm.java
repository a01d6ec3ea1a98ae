package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A visit as the liaison records it: day, people met, topics, risks, follow-ups. */
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate visitedOn;
    private String peopleMet;
    private String topics;
    private List<RiskForm> risks = new ArrayList<>();
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
