-- Work on a schedule runs on every instance of a deployment group; each job claims its
-- interval here first, so it runs once per interval across the group. The claim is made in the
-- job's own transaction: a job that fails leaves no claim, and an instance still trying
-- (waiting on the row) runs it instead.
CREATE TABLE scheduled_run (
    job         varchar(60)  NOT NULL,
    slot        timestamptz  NOT NULL,                -- the start of the interval
    instance    varchar(100) NOT NULL,                -- the instance that ran it
    started_at  timestamptz  NOT NULL DEFAULT clock_timestamp(),
    finished_at timestamptz,
    attempts    integer      NOT NULL DEFAULT 1,      -- instances whose timer fired for this interval
    outcome     varchar(200),
    PRIMARY KEY (job, slot)
);
