-- The supervisors' patrol, warning and liaison figures read a period of the whole bureau
-- at once; these let them range over the period's rows instead of the whole table.
CREATE INDEX warning_lead_received ON warning_lead (received_at);
CREATE INDEX tip_submitted ON tip (submitted_at);
CREATE INDEX shift_starts ON shift (starts_at);
CREATE INDEX visit_day ON visit (visited_on);
CREATE INDEX enterprise_request_received ON enterprise_request (received_at);
CREATE INDEX enterprise_request_closed ON enterprise_request (closed_at) WHERE closed_at IS NOT NULL;
