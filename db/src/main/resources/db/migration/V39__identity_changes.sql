-- Bearer tokens are checked against the database, and each instance keeps what it read for a
-- few seconds (yanghu.api.token-cache-seconds). Anything that can change what a token speaks
-- for announces itself here after its commit; every instance LISTENs and forgets what it kept,
-- so a revocation, a deactivation or a changed role takes effect at once on every instance.
-- Statement-level: one announcement per statement, and NOTIFY folds equal ones per transaction.
CREATE FUNCTION identity_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('yanghu_identity', TG_TABLE_NAME);
    RETURN NULL;
END $$;

-- api_token: not its last use (written by the check itself at most once a minute)
CREATE TRIGGER api_token_identity AFTER UPDATE OF revoked_at, expires_at, account_id, token_hash OR DELETE ON api_token
    FOR EACH STATEMENT EXECUTE FUNCTION identity_changed();
-- account: not its sign-in bookkeeping (failures, lockout, last login), which changes nothing a token speaks for
CREATE TRIGGER account_identity AFTER UPDATE OF active, username, display_name, station_id OR DELETE ON account
    FOR EACH STATEMENT EXECUTE FUNCTION identity_changed();
CREATE TRIGGER account_role_identity AFTER INSERT OR UPDATE OR DELETE ON account_role
    FOR EACH STATEMENT EXECUTE FUNCTION identity_changed();
-- whether the account must enrol a second factor first
CREATE TRIGGER second_factor_policy_identity AFTER INSERT OR UPDATE OR DELETE ON second_factor_policy
    FOR EACH STATEMENT EXECUTE FUNCTION identity_changed();
CREATE TRIGGER totp_factor_identity AFTER INSERT OR UPDATE OF confirmed_at OR DELETE ON totp_factor
    FOR EACH STATEMENT EXECUTE FUNCTION identity_changed();
CREATE TRIGGER security_key_identity AFTER INSERT OR DELETE ON security_key
    FOR EACH STATEMENT EXECUTE FUNCTION identity_changed();
