import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A year of patrol and liaison activity for the benchmarks, set-based in SQL (one statement per
 * table): per station 8 patrol groups of 30 roster members, one shift a day per group with 4
 * members checked in and out; 150 enterprises with a project each, two visits a month, a request a
 * month (most resolved and rated); 60 warning leads a day across the bureau; and tips sent over the
 * year up to the number asked for. A scale (default 1) multiplies the groups, enterprises and leads
 * (at least one of each per station). Idempotent: the activity is added once (a second run finds the
 * bench groups), tips only up to the number. Deterministic (no randomness beyond ids and days).
 *
 * Usage: java -cp postgresql.jar ActivityBenchData.java JDBC_URL USER TIPS [SCALE]   (password in PGPASSWORD)
 */
public class ActivityBenchData {

    private static final String[][] STEPS = {
        {"patrol groups", "INSERT INTO patrol_group (station_id, name, leading_officer_id) "
            + "SELECT s.id, '压测巡防' || g, (SELECT min(a.id) FROM account a) FROM station s, generate_series(1, {groups}) g"},
        {"roster members", "INSERT INTO group_member (group_id, name, kind, joined_on) "
            + "SELECT g.id, '队员' || m, 'VOLUNTEER', DATE '2025-01-01' FROM patrol_group g, generate_series(1, 30) m "
            + "WHERE g.name LIKE '压测巡防%'"},
        {"shifts (a year, one a day per group)", "INSERT INTO shift (group_id, station_id, area, starts_at, ends_at, needed, created_by) "
            + "SELECT g.id, g.station_id, '压测巡逻区域', (current_date - 365 + i) + time '19:00' AT TIME ZONE 'Asia/Shanghai', "
            + "(current_date - 365 + i) + time '21:30' AT TIME ZONE 'Asia/Shanghai', 4, 'bench' "
            + "FROM patrol_group g, generate_series(0, 364) i WHERE g.name LIKE '压测巡防%'"},
        {"check-ins and logs", "INSERT INTO shift_signup (shift_id, member_id, signed_up_at, checked_in_at, checked_out_at, route_notes) "
            + "SELECT s.id, m.id, s.starts_at - interval '1 day', s.starts_at + interval '5 minutes', s.ends_at + interval '10 minutes', '巡逻正常' "
            + "FROM shift s JOIN LATERAL (SELECT id FROM group_member WHERE group_id = s.group_id "
            + "ORDER BY (id + s.id) % 30 LIMIT 4) m ON true WHERE s.area = '压测巡逻区域'"},
        {"enterprises", "INSERT INTO enterprise (station_id, name, credit_code, sector, created_at) "
            + "SELECT s.id, '压测企业' || s.code || '-' || e, '91' || lpad(s.id::text, 4, '0') || lpad(e::text, 12, '0'), 'MANUFACTURING', "
            + "now() - interval '400 days' FROM station s, generate_series(1, {enterprises}) e"},
        {"projects", "INSERT INTO project (enterprise_id, station_id, name, stage, created_at) "
            + "SELECT e.id, e.station_id, e.name || '项目', 'CONSTRUCTION', e.created_at FROM enterprise e WHERE e.name LIKE '压测企业%'"},
        {"liaison assignments", "INSERT INTO liaison_assignment (project_id, station_id, officer_id, started_at, assigned_by) "
            + "SELECT p.id, p.station_id, (SELECT min(a.id) FROM account a), p.created_at, 'bench' FROM project p "
            + "WHERE p.name LIKE '压测企业%' AND p.id % 10 <> 0"},
        {"visits (two a month)", "INSERT INTO visit (project_id, station_id, officer_id, visited_on, people_met, topics, recorded_at) "
            + "SELECT p.id, p.station_id, (SELECT min(a.id) FROM account a), current_date - 365 + i, '项目经理', '安全生产、反诈宣传', "
            + "(current_date - 365 + i)::timestamptz FROM project p, generate_series(0, 364, 15) i WHERE p.name LIKE '压测企业%'"},
        {"enterprise requests (one a month)", "INSERT INTO enterprise_request (enterprise_id, project_id, station_id, category, description, "
            + "received_at, deadline_at, owner_id, status, resolved_at, closed_at, rating) "
            + "SELECT p.enterprise_id, p.id, p.station_id, 'OTHER', '压测诉求', d, d + interval '10 days', (SELECT min(a.id) FROM account a), "
            + "CASE WHEN d > now() - interval '20 days' THEN 'IN_PROGRESS' ELSE 'CLOSED' END, "
            + "CASE WHEN d > now() - interval '20 days' THEN NULL ELSE d + interval '6 days' END, "
            + "CASE WHEN d > now() - interval '20 days' THEN NULL ELSE d + interval '8 days' END, "
            + "CASE WHEN d > now() - interval '20 days' THEN NULL ELSE 3 + (p.id % 3) END "
            + "FROM project p, generate_series(now() - interval '365 days', now() - interval '1 day', interval '30 days') d WHERE p.name LIKE '压测企业%'"},
        {"warning leads (60 a day × scale)", "INSERT INTO warning_lead (station_id, phone, source, urgency, received_at, deadline, status, "
            + "contact_method, outcome_at, outcome_by, created_by) "
            + "SELECT s.id, '139' || lpad((n % 100000000)::text, 8, '0'), 'ANTI_FRAUD_CENTER', 'URGENT', t, t + interval '2 hours', "
            + "(ARRAY['DISSUADED', 'DISSUADED', 'DISSUADED', 'UNREACHABLE', 'ALREADY_DEFRAUDED'])[1 + n % 5], 'CALL', "
            + "t + interval '1 minute' * (n % 180), 'bench', 'bench' "
            + "FROM generate_series(1, {leads} * 365) n, LATERAL (SELECT now() - interval '365 days' + interval '1 minute' * (n * 1440.0 / {leads}) AS t) x, "
            + "LATERAL (SELECT id FROM station ORDER BY id OFFSET n % (SELECT count(*) FROM station) LIMIT 1) s"},
    };

    /** Tips over the last year, spread over the stations, categories and outcomes, with unique keys and tracking codes. */
    private static final String TIPS = "INSERT INTO tip (station_id, idempotency_key, request_hash, tracking_code, category, occurred_at, "
            + "place, description, status, submitted_at) "
            + "SELECT s.id, 'bench-' || b.base || '-' || n, 'bench', 'B' || lpad(to_hex(b.base + n), 15, '0'), "
            + "(ARRAY['SUSPICIOUS_PERSON', 'SUSPICIOUS_VEHICLE', 'SAFETY_HAZARD', 'DISPUTE', 'FRAUD_LEAD', 'OTHER'])[1 + n % 6], t, "
            + "'湖塘镇人民路与长虹路路口', '消防通道被电动车堵塞，夜间无人看管', (ARRAY['NEW', 'RESOLVED', 'RESOLVED', 'DISMISSED', 'CASE_OPENED'])[1 + n % 5], t "
            + "FROM (SELECT coalesce(max(id), 0) AS base FROM tip) b, generate_series(1, ?) n, "
            + "LATERAL (SELECT now() - interval '365 days' * (n::float / ?) AS t) x, "
            + "LATERAL (SELECT id FROM station ORDER BY id OFFSET n % (SELECT count(*) FROM station) LIMIT 1) s";

    private static String scaled(int count, double scale) {
        return Long.toString(Math.max(1, Math.round(count * scale)));
    }

    public static void main(String[] args) throws Exception {
        long tips = Long.parseLong(args[2]);
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1;
        try (Connection db = DriverManager.getConnection(args[0], args[1], System.getenv("PGPASSWORD")); Statement s = db.createStatement()) {
            db.setAutoCommit(false);
            try (var rs = s.executeQuery("SELECT count(*) FROM patrol_group WHERE name LIKE '压测巡防%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    System.out.println("patrol and liaison activity: already there");
                } else {
                    for (int i = 0; i < STEPS.length; i++) {
                        long start = System.nanoTime();
                        int rows = s.executeUpdate(STEPS[i][1].replace("{groups}", scaled(8, scale))
                                .replace("{enterprises}", scaled(150, scale)).replace("{leads}", scaled(60, scale)));
                        int done = (i + 1) * 30 / STEPS.length;
                        System.out.printf("[%s%s] %-38s %,9d rows  %5.1f s%n", "#".repeat(done), ".".repeat(30 - done), STEPS[i][0], rows,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            }
            long have;
            try (var rs = s.executeQuery("SELECT count(*) FROM tip")) {
                rs.next();
                have = rs.getLong(1);
            }
            if (have < tips) {
                long start = System.nanoTime();
                try (var insert = db.prepareStatement(TIPS)) {
                    insert.setLong(1, tips - have);
                    insert.setLong(2, tips - have);
                    System.out.printf("tips: %,d added to %,d  %5.1f s%n", insert.executeUpdate(), have, (System.nanoTime() - start) / 1e9);
                }
            } else {
                System.out.printf("tips: %,d already there%n", have);
            }
            db.commit();
            db.setAutoCommit(true);
            s.execute("VACUUM ANALYZE"); // settled tables, so autovacuum does not run into the measurements
        }
    }
}
