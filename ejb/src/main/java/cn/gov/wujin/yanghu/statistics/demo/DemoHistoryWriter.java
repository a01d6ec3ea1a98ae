package cn.gov.wujin.yanghu.statistics.demo;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link DemoHistory} over plain JDBC, in the caller's transaction: each table in one
 * statement, {@code INSERT … SELECT … FROM unnest(?::text[], …)}, its values as text and cast by
 * PostgreSQL. Ids come from the tables' sequences first (the application's own writes draw from
 * the same ones, so none is handed out twice), case numbers from the counters the intake uses.
 * Kept apart from the loader so that bench/measure-demo.sh can time it on a fresh database.
 */
public final class DemoHistoryWriter {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Connection db;
    private final String passwordHash;
    private final Map<String, Integer> written = new LinkedHashMap<>();

    public DemoHistoryWriter(Connection db, String passwordHash) {
        this.db = db;
        this.passwordHash = passwordHash;
    }

    /** Writes it all; answers the rows written per table. */
    public Map<String, Integer> write(DemoHistory h) throws SQLException {
        Map<String, Long> stations = DemoHistoryLoader.stations(db);
        for (Object[] s : DemoHistory.STATIONS) {
            if (!stations.containsKey((String) s[0])) {
                throw new IllegalStateException("station " + s[0] + " missing: the fixed demo data makes the stations first");
            }
        }

        // places
        Map<String, Long> communityIds = new HashMap<>();
        long[] cid = ids("community", h.communities().size());
        Rows communities = new Rows("community", "id bigint", "station_id bigint", "code", "name_zh", "name_en", "kind");
        Rows grids = new Rows("grid", "community_id bigint", "code", "name", "name_en");
        for (int i = 0; i < cid.length; i++) {
            DemoHistory.Community c = h.communities().get(i);
            communityIds.put(c.code(), cid[i]);
            communities.add(cid[i], stations.get(c.station()), c.code(), c.nameZh(), c.nameEn(), c.kind());
            for (DemoHistory.Grid g : c.grids()) {
                grids.add(cid[i], g.code(), g.nameZh(), g.nameEn());
            }
        }
        communities.insert();
        grids.insert();

        // people
        Map<String, Long> accounts = new HashMap<>();
        long[] aid = ids("account", h.people().size());
        Rows people = new Rows("account", "id bigint", "username", "display_name", "station_id bigint", "phone", "password_hash");
        Rows roles = new Rows("account_role", "account_id bigint", "role");
        for (int i = 0; i < aid.length; i++) {
            DemoHistory.Person p = h.people().get(i);
            accounts.put(p.username(), aid[i]);
            people.add(aid[i], p.username(), p.name(), stations.get(p.station()), p.phone(), passwordHash);
            roles.add(aid[i], p.role());
        }
        people.insert();
        roles.insert();

        writeCases(h, stations, accounts);
        writeLeads(h, stations);
        Map<Integer, Long> groupIds = new HashMap<>();
        writePatrol(h, stations, accounts, communityIds, groupIds);
        writeTips(h, stations, accounts, groupIds);
        writeLiaison(h, stations, accounts);
        try (var s = db.createStatement()) {
            // fresh statistics, so the first pages plan their queries for tables of this size
            s.execute("ANALYZE");
        }
        return written;
    }

    private void writeCases(DemoHistory h, Map<String, Long> stations, Map<String, Long> accounts) throws SQLException {
        List<DemoHistory.FraudCase> cases = new ArrayList<>(h.cases());
        cases.sort(Comparator.comparing(DemoHistory.FraudCase::reportedAt));
        // numbers per station and Beijing year, in the order reported, from the intake's counters
        Map<String, Integer> needed = new TreeMap<>();
        for (DemoHistory.FraudCase c : cases) {
            needed.merge(c.station() + "/" + c.reportedAt().atZone(BEIJING).getYear(), 1, Integer::sum);
        }
        Map<String, Integer> next = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("INSERT INTO case_number_counter (station_id, year, last_value) VALUES (?, ?, ?) "
                + "ON CONFLICT (station_id, year) DO UPDATE SET last_value = case_number_counter.last_value + EXCLUDED.last_value "
                + "RETURNING last_value")) {
            for (Map.Entry<String, Integer> e : needed.entrySet()) {
                String[] key = e.getKey().split("/");
                q.setLong(1, stations.get(key[0]));
                q.setInt(2, Integer.parseInt(key[1]));
                q.setInt(3, e.getValue());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    next.put(e.getKey(), rs.getInt(1) - e.getValue() + 1);
                }
            }
        }
        long[] ids = ids("fraud_case", cases.size());
        long[] victimIds = ids("fraud_victim", cases.size());
        Rows rows = new Rows("fraud_case", "id bigint", "case_number", "station_id bigint", "fraud_type", "status",
                "reported_at timestamptz", "narrative", "assigned_officer_id bigint", "due_at timestamptz", "created_by",
                "created_at timestamptz");
        Rows victims = new Rows("fraud_victim", "id bigint", "fraud_case_id bigint", "position integer", "name", "phone",
                "age integer", "occupation");
        Rows transfers = new Rows("money_transfer", "fraud_case_id bigint", "position integer", "transferred_at timestamptz",
                "amount numeric", "channel", "from_account", "to_account", "to_bank");
        Rows identifiers = new Rows("suspect_identifier", "fraud_case_id bigint", "type", "raw_value", "normalized_value");
        Rows steps = new Rows("case_transition", "fraud_case_id bigint", "action", "from_status", "to_status", "actor",
                "occurred_at timestamptz");
        Rows stops = new Rows("stop_payment", "fraud_case_id bigint", "bank", "account", "amount_requested numeric",
                "requested_at timestamptz", "requested_by", "amount_stopped numeric", "stopped_at timestamptz",
                "amount_frozen numeric", "frozen_at timestamptz");
        Rows refunds = new Rows("fund_return", "fraud_case_id bigint", "victim_id bigint", "amount numeric", "returned_at timestamptz",
                "recorded_by");
        for (int i = 0; i < ids.length; i++) {
            DemoHistory.FraudCase c = cases.get(i);
            int year = c.reportedAt().atZone(BEIJING).getYear();
            int sequence = next.merge(c.station() + "/" + year, 1, Integer::sum) - 1;
            String number = String.format("%s-%04d-%06d", c.station(), year, sequence);
            rows.add(ids[i], number, stations.get(c.station()), c.fraudType(), c.status(), c.reportedAt(), c.narrative(),
                    c.officer() == null ? null : accounts.get(c.officer()), c.dueAt(), c.createdBy(), c.reportedAt());
            victims.add(victimIds[i], ids[i], 1, c.victimName(), c.victimPhone(), c.victimAge(), c.occupation());
            int position = 1;
            for (DemoHistory.Transfer t : c.transfers()) {
                transfers.add(ids[i], position++, t.at(), t.amount(), t.channel(), t.fromAccount(), t.toAccount(), t.toBank());
            }
            for (DemoHistory.Identifier identifier : c.identifiers().stream().distinct().toList()) {
                identifiers.add(ids[i], identifier.type(), identifier.value(), identifier.value());
            }
            for (DemoHistory.Step s : c.steps()) {
                steps.add(ids[i], s.action(), s.from(), s.to(), s.actor(), s.at());
            }
            for (DemoHistory.Stop s : c.stops()) {
                stops.add(ids[i], s.bank(), s.account(), s.requested(), s.requestedAt(), s.by(), s.stopped(), s.stoppedAt(), s.frozen(),
                        s.frozenAt());
            }
            for (DemoHistory.Refund r : c.refunds()) {
                refunds.add(ids[i], victimIds[i], r.amount(), r.at(), r.by());
            }
        }
        rows.insert();
        victims.insert();
        transfers.insert();
        // one identifier per case, type and value, as the intake keeps it
        identifiers.insertDistinct("fraud_case_id, type, normalized_value");
        steps.insert();
        stops.insert();
        refunds.insert();
    }

    private void writeLeads(DemoHistory h, Map<String, Long> stations) throws SQLException {
        Rows rows = new Rows("warning_lead", "station_id bigint", "phone", "person_name", "source", "urgency", "received_at timestamptz",
                "deadline timestamptz", "status", "contact_method", "outcome_note", "outcome_at timestamptz", "outcome_by", "created_by");
        for (DemoHistory.Lead l : h.leads()) {
            rows.add(stations.get(l.station()), l.phone(), l.personName(), l.source(), l.urgency(), l.receivedAt(), l.deadline(),
                    l.status(), l.contactMethod(), l.note(), l.outcomeAt(), l.outcomeBy(), "anti-fraud-center");
        }
        rows.insert();
    }

    private void writePatrol(DemoHistory h, Map<String, Long> stations, Map<String, Long> accounts,
                                     Map<String, Long> communityIds, Map<Integer, Long> groupIds) throws SQLException {
        long[] gid = ids("patrol_group", h.groups().size());
        Rows groups = new Rows("patrol_group", "id bigint", "station_id bigint", "community_id bigint", "name", "leading_officer_id bigint",
                "created_at timestamptz");
        Rows members = new Rows("group_member", "id bigint", "group_id bigint", "account_id bigint", "name", "kind", "phone",
                "joined_on date");
        int memberCount = h.groups().stream().mapToInt(g -> g.members().size()).sum();
        long[] mid = ids("group_member", memberCount);
        List<long[]> memberIds = new ArrayList<>();
        int m = 0;
        for (int g = 0; g < gid.length; g++) {
            DemoHistory.Group group = h.groups().get(g);
            groupIds.put(g, gid[g]);
            groups.add(gid[g], stations.get(group.station()), communityIds.get(group.communityCode()), group.name(),
                    accounts.get(group.leader()), Instant.parse(h.today().minusDays(400) + "T00:00:00Z"));
            long[] own = new long[group.members().size()];
            for (int k = 0; k < own.length; k++) {
                DemoHistory.Member member = group.members().get(k);
                own[k] = mid[m++];
                members.add(own[k], gid[g], member.username() == null ? null : accounts.get(member.username()), member.name(),
                        member.kind(), member.phone(), member.joinedOn());
            }
            memberIds.add(own);
        }
        groups.insert();
        members.insert();

        long[] sid = ids("shift", h.shifts().size());
        int signupCount = h.shifts().stream().mapToInt(s -> s.signups().size()).sum();
        long[] uid = ids("shift_signup", signupCount);
        Rows shifts = new Rows("shift", "id bigint", "group_id bigint", "station_id bigint", "area", "starts_at timestamptz",
                "ends_at timestamptz", "needed integer", "created_by");
        Rows signups = new Rows("shift_signup", "id bigint", "shift_id bigint", "member_id bigint", "signed_up_at timestamptz",
                "checked_in_at timestamptz", "checked_out_at timestamptz", "route_notes");
        Rows points = points();
        int u = 0;
        for (int i = 0; i < sid.length; i++) {
            DemoHistory.Shift shift = h.shifts().get(i);
            DemoHistory.Group group = h.groups().get(shift.group());
            long stationId = stations.get(group.station());
            shifts.add(sid[i], gid[shift.group()], stationId, shift.area(), shift.startsAt(), shift.endsAt(), shift.needed(),
                    shift.createdBy());
            for (DemoHistory.Signup signup : shift.signups()) {
                long signupId = uid[u++];
                signups.add(signupId, sid[i], memberIds.get(shift.group())[signup.member()], signup.signedUpAt(), signup.checkedInAt(),
                        signup.checkedOutAt(), signup.notes());
                double hours = signup.hours(shift);
                String username = group.members().get(signup.member()).username();
                if (hours > 0 && username != null) {
                    // 2 points an hour (V8's SHIFT_HOUR), as ShiftService awards them at check-out
                    points.add(accounts.get(username), gid[shift.group()], stationId, "SHIFT_HOUR",
                            BigDecimal.valueOf(hours * 2).setScale(1, java.math.RoundingMode.HALF_UP),
                            "巡逻 " + shift.area() + "，" + hours + " 小时", "points.reason.shift",
                            json(shift.area(), String.valueOf(hours)), "SHIFT_SIGNUP", signupId, signup.checkedOutAt(), group.leader());
                }
            }
        }
        shifts.insert();
        signups.insert();
        points.insert();
    }

    private void writeTips(DemoHistory h, Map<String, Long> stations, Map<String, Long> accounts, Map<Integer, Long> groupIds)
            throws SQLException {
        long[] ids = ids("tip", h.tips().size());
        Rows tips = new Rows("tip", "id bigint", "station_id bigint", "group_id bigint", "submitter_account_id bigint", "idempotency_key",
                "request_hash", "tracking_code", "category", "occurred_at timestamptz", "place", "latitude numeric", "longitude numeric",
                "description", "status", "triage_note", "triaged_by", "triaged_at timestamptz", "submitted_at timestamptz");
        Rows points = points();
        for (int i = 0; i < ids.length; i++) {
            DemoHistory.Tip t = h.tips().get(i);
            long stationId = stations.get(t.station());
            Long groupId = t.group() < 0 ? null : groupIds.get(t.group());
            Long submitter = t.submitter() == null ? null : accounts.get(t.submitter());
            tips.add(ids[i], stationId, groupId, submitter, "demo-history-" + i, "demo", t.trackingCode(), t.category(), t.occurredAt(),
                    t.place(), t.latitude(), t.longitude(), t.description(), t.status(), t.triageNote(), t.triagedBy(), t.triagedAt(),
                    t.submittedAt());
            if (submitter != null && (t.status().equals("RESOLVED") || t.status().equals("CASE_OPENED"))) {
                // 10 points a tip acted on (V8's TIP_ACTED_ON), as TipTriage awards them
                points.add(submitter, groupId, stationId, "TIP_ACTED_ON", new BigDecimal("10.0"), "线索 " + t.trackingCode() + "：已处置", "points.reason.tip", json(t.trackingCode(), "#tipStatus." + t.status()), "TIP", ids[i],
                        t.triagedAt(), t.triagedBy());
            }
        }
        tips.insert();
        points.insert();
    }

    private void writeLiaison(DemoHistory h, Map<String, Long> stations, Map<String, Long> accounts) throws SQLException {
        int n = h.enterprises().size();
        long[] eid = ids("enterprise", n);
        long[] pid = ids("project", n);
        Rows enterprises = new Rows("enterprise", "id bigint", "station_id bigint", "name", "credit_code", "address", "sector",
                "contact_name", "contact_phone", "created_at timestamptz");
        Rows projects = new Rows("project", "id bigint", "enterprise_id bigint", "station_id bigint", "name", "site_address", "stage",
                "investment numeric", "signed_on date", "landed_on date", "construction_on date", "operating_on date",
                "created_at timestamptz");
        Rows assignments = new Rows("liaison_assignment", "project_id bigint", "station_id bigint", "officer_id bigint",
                "started_at timestamptz", "assigned_by", "reason");
        int visitCount = h.enterprises().stream().mapToInt(e -> e.visits().size()).sum();
        long[] vid = ids("visit", visitCount);
        Rows visits = new Rows("visit", "id bigint", "project_id bigint", "station_id bigint", "officer_id bigint", "visited_on date",
                "people_met", "topics", "recorded_at timestamptz");
        Rows risks = new Rows("visit_risk", "visit_id bigint", "category", "note");
        int requestCount = h.enterprises().stream().mapToInt(e -> e.requests().size()).sum();
        long[] rid = ids("enterprise_request", requestCount);
        Rows requests = new Rows("enterprise_request", "id bigint", "enterprise_id bigint", "project_id bigint", "station_id bigint",
                "category", "description", "received_at timestamptz", "deadline_at timestamptz", "owner_id bigint", "status",
                "resolution", "resolved_at timestamptz", "closed_at timestamptz", "rating smallint", "rating_comment",
                "escalated_at timestamptz");
        Rows transitions = new Rows("request_transition", "request_id bigint", "from_status", "to_status", "actor", "at timestamptz");
        int v = 0;
        int r = 0;
        for (int i = 0; i < n; i++) {
            DemoHistory.Enterprise e = h.enterprises().get(i);
            long stationId = stations.get(e.station());
            long liaison = accounts.get(e.liaison());
            String head = e.station().toLowerCase() + ".head";
            enterprises.add(eid[i], stationId, e.name(), e.creditCode(), e.address(), e.sector(), e.contact(), e.phone(), e.createdAt());
            boolean landed = !e.stage().equals("SIGNED");
            boolean building = e.stage().equals("CONSTRUCTION") || e.stage().equals("OPERATING");
            projects.add(pid[i], eid[i], stationId, e.project(), e.address(), e.stage(), e.investment(), e.signedOn(),
                    landed ? e.signedOn().plusDays(60) : null, building ? e.signedOn().plusDays(150) : null,
                    e.stage().equals("OPERATING") ? e.signedOn().plusDays(290) : null, e.createdAt());
            assignments.add(pid[i], stationId, liaison, e.createdAt(), head, "重大项目警官联系制指派");
            for (DemoHistory.Visit visit : e.visits()) {
                long visitId = vid[v++];
                visits.add(visitId, pid[i], stationId, liaison, visit.on(), visit.peopleMet(), visit.topics(),
                        visit.on().atTime(17, 0).atZone(BEIJING).toInstant());
                if (visit.risk() != null) {
                    risks.add(visitId, visit.risk(), visit.riskNote());
                }
            }
            for (DemoHistory.Request q : e.requests()) {
                long requestId = rid[r++];
                requests.add(requestId, eid[i], pid[i], stationId, q.category(), q.description(), q.receivedAt(), q.deadlineAt(), liaison,
                        q.status(), q.resolution(), q.resolvedAt(), q.closedAt(), q.rating(), q.comment(), q.escalatedAt());
                transitions.add(requestId, null, "RECEIVED", e.liaison(), q.receivedAt());
                transitions.add(requestId, "RECEIVED", "IN_PROGRESS", e.liaison(), q.startedAt());
                if (q.resolvedAt() != null) {
                    transitions.add(requestId, "IN_PROGRESS", "RESOLVED", e.liaison(), q.resolvedAt());
                }
                if (q.closedAt() != null) {
                    transitions.add(requestId, "RESOLVED", "CLOSED", "enterprise", q.closedAt());
                }
            }
        }
        enterprises.insert();
        projects.insert();
        assignments.insert();
        visits.insert();
        risks.insert();
        requests.insert();
        transitions.insert();
    }

    private Rows points() {
        return new Rows("points_award", "account_id bigint", "group_id bigint", "station_id bigint", "rule_code", "points numeric",
                "reason", "reason_key", "reason_args", "source_type", "source_id bigint", "awarded_at timestamptz", "awarded_by");
    }

    /** Arguments as a JSON array of strings, as notification.args and points_award.reason_args keep them. */
    static String json(String... args) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < args.length; i++) {
            b.append(i == 0 ? "\"" : ",\"");
            for (char c : args[i].toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }

    /** {@code n} ids from the sequence behind a table's id, in order. */
    private long[] ids(String table, int n) throws SQLException {
        long[] ids = new long[n];
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement q = db.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
            q.setString(1, table);
            q.setInt(2, n);
            try (ResultSet rs = q.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        java.util.Arrays.sort(ids);
        return ids;
    }

    /** The rows of one table, column by column, written in one statement. A column is "name" (text) or "name type". */
    private final class Rows {
        private final String table;
        private final String[] names;
        private final String[] types;
        private final List<List<String>> columns = new ArrayList<>();

        Rows(String table, String... columns) {
            this.table = table;
            this.names = new String[columns.length];
            this.types = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                String[] parts = columns[i].split(" ");
                names[i] = parts[0];
                types[i] = parts.length > 1 ? parts[1] : "text";
                this.columns.add(new ArrayList<>());
            }
        }

        void add(Object... values) {
            if (values.length != names.length) {
                throw new IllegalArgumentException(table + ": " + values.length + " values for " + names.length + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                columns.get(i).add(values[i] == null ? null : values[i] instanceof BigDecimal d ? d.toPlainString() : values[i].toString());
            }
        }

        private int size() {
            return columns.get(0).size();
        }

        void insert() throws SQLException {
            insert(null);
        }

        void insertDistinct(String key) throws SQLException {
            insert(key);
        }

        private void insert(String distinctOn) throws SQLException {
            if (size() == 0) {
                return;
            }
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", names))
                    .append(") SELECT ");
            if (distinctOn != null) {
                sql.append("DISTINCT ON (").append(distinctOn).append(") ");
            }
            StringBuilder from = new StringBuilder(" FROM unnest(");
            for (int i = 0; i < names.length; i++) {
                sql.append(i == 0 ? "" : ", ").append("CAST(u.").append(names[i]).append(" AS ").append(types[i]).append(") AS ")
                        .append(names[i]);
                from.append(i == 0 ? "" : ", ").append("CAST(? AS text[])");
            }
            from.append(") AS u(").append(String.join(", ", names)).append(")");
            sql.append(from);
            if (distinctOn != null) {
                sql.append(" ORDER BY ").append(distinctOn);
            }
            List<Array> arrays = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement(sql.toString())) {
                for (int i = 0; i < names.length; i++) {
                    Array array = db.createArrayOf("text", columns.get(i).toArray());
                    arrays.add(array);
                    insert.setArray(i + 1, array);
                }
                written.merge(table, insert.executeUpdate(), Integer::sum);
            } finally {
                for (Array a : arrays) {
                    a.free();
                }
            }
        }
    }
}
