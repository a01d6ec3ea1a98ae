-- Where the statistics read: PRIMARY (the database every write goes to) or STANDBY (the
-- streaming standby, a few seconds behind, which takes the dashboards' and reports' long
-- scans off the primary). ADMIN sets it on /admin/operations-settings.xhtml.
INSERT INTO operations_setting (name, value) VALUES ('STATISTICS_READS', 'PRIMARY');
