-- The bureau-wide case list reads the newest reports first.
CREATE INDEX fraud_case_reported ON fraud_case (reported_at DESC, id DESC);
