package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.inbox.JobRuns;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** admin/runs.xhtml: the scheduled jobs' failures of the last days, and their latest runs (ADMIN). */
@Named
@ViewScoped
public class RunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The runs shown: a few hours of the minute job and everything else. */
    private static final int RUNS_SHOWN = 100;

    @Inject
    private JobRuns jobs;

    private List<JobRuns.Failure> failures;
    private List<JobRuns.Run> runs;

    @PostConstruct
    void load() {
        failures = jobs.failures();
        runs = jobs.recentRuns(RUNS_SHOWN);
    }

    public List<JobRuns.Failure> getFailures() {
        return failures;
    }

    public List<JobRuns.Run> getRuns() {
        return runs;
    }

    public long getFailureDays() {
        return JobRuns.FAILURES_SHOWN.toDays();
    }
}
