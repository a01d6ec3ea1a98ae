-- Issue 24: the search context's settings (one row), edited by ADMIN on /admin/search-settings.xhtml and audited,
-- as map_setting and liaison_setting are. repeat_months: a case within this many months of the person's previous one
-- makes a repeat victim (重复被害人), at intake, on the case page, in the figures and the monthly report.
CREATE TABLE search_setting (
    id             integer  PRIMARY KEY CHECK (id = 1),
    repeat_months  integer  NOT NULL DEFAULT 12 CHECK (repeat_months BETWEEN 1 AND 60),
    version        bigint   NOT NULL DEFAULT 0
);
INSERT INTO search_setting (id) VALUES (1);
