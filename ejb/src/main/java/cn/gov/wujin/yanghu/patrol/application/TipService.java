package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TipAction;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.RateLimiter;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import cn.gov.wujin.yanghu.shared.TooManyRequestsException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tips (线索上报): sent by members from their phones or anonymously from the public page,
 * each stored exactly once however often a poor connection makes the phone send it; then
 * triaged by the officers of the station whose area it is.
 */
@Stateless
@RolesAllowed({Roles.VOLUNTEER, Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON})
public class TipService {

    /** Anonymous tips per client address and window: enough for a real witness, too few for a flood. */
    static final int ANONYMOUS_LIMIT = 5;
    static final Duration ANONYMOUS_WINDOW = Duration.ofMinutes(10);

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long ANONYMOUS_SUBMITTER = 0L;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private PointsLedger points;

    @Inject
    private RequestOrigin origin;

    /** A member's tip: it goes to their station (and patrol group, when they have one). */
    public TipReceipt submit(@NotNull @Valid NewTip form, String idempotencyKey) {
        Caller caller = scope.caller();
        InvalidInputsException.Collector problems = check(form, idempotencyKey);
        // the common case, one's own station, needs no read
        Long stationId = form.getStationCode() == null || form.getStationCode().isBlank() ? caller.stationId()
                : scope.targetStation(form.getStationCode()).map(Station::getId).orElse(null);
        if (stationId == null) {
            problems.add("stationCode", "tip.station.notYours", form.getStationCode());
        }
        problems.throwIfAny();
        return intake(form, idempotencyKey, caller.accountId(), stationId, caller.username(), origin.clientAddress());
    }

    /** A tip from the public page: no account, no name, no address kept; limited per client address. */
    @PermitAll
    public TipReceipt submitAnonymously(@NotNull @Valid NewTip form, String idempotencyKey, String clientAddress) {
        InvalidInputsException.Collector problems = check(form, idempotencyKey);
        Station station = activeStation(form.getStationCode());
        if (station == null) {
            problems.add("stationCode", "tip.station.required");
        }
        problems.throwIfAny();
        TipReceipt replay = replay(ANONYMOUS_SUBMITTER, idempotencyKey, form.fingerprint());
        if (replay != null) {
            return replay; // a retry is not a new request: it does not count against the limit
        }
        if (!rateLimiter.tryAcquire("anonymous-tip:" + clientAddress, ANONYMOUS_LIMIT, ANONYMOUS_WINDOW)) {
            throw new TooManyRequestsException("tip.anonymous.tooMany", ANONYMOUS_WINDOW.toMinutes());
        }
        return intake(form, idempotencyKey, null, station.getId(), AuditLog.ANONYMOUS, null);
    }

    /** Any station in service, by its code: anonymous tips and handed-over tips may go to any of them. */
    private Station activeStation(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createNamedQuery("Station.byCode", Station.class).setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().filter(Station::isActive).findFirst().orElse(null);
    }

    private InvalidInputsException.Collector check(NewTip form, String idempotencyKey) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            problems.add("Idempotency-Key", "tip.idempotencyKey.invalid");
        }
        try {
            TipCategory.valueOf(form.getCategory());
        } catch (IllegalArgumentException e) {
            problems.add("category", "tip.category.unknown", form.getCategory());
        }
        Instant now = Instant.now();
        if (BureauTime.isFuture(form.getOccurredAt().toInstant(), now)) {
            problems.add("occurredAt", "tip.occurredAt.future");
        }
        if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
            problems.add(form.getLatitude() == null ? "latitude" : "longitude", "tip.coordinates.both");
        }
        return problems;
    }

    /**
     * One statement decides: either this key is new and the row goes in, or the row sent
     * before is found (waiting for a concurrent send of the same key to commit first).
     * Tip intake is the busiest write of the system, so the same statement finds the
     * member's group and writes the audit row (as {@link AuditLog} would) in one round trip.
     */
    private TipReceipt intake(NewTip form, String key, Long accountId, long stationId, String actor, String clientAddress) {
        String fingerprint = form.fingerprint();
        List<?> inserted = em.createNativeQuery("WITH member_group AS ("
                        + "  SELECT m.group_id FROM group_member m JOIN patrol_group g ON g.id = m.group_id "
                        + "  WHERE m.account_id = CAST(?3 AS bigint) AND m.active AND g.active AND g.station_id = ?1 ORDER BY m.id LIMIT 1), "
                        + "inserted AS (INSERT INTO tip (station_id, group_id, submitter_account_id, idempotency_key, request_hash, "
                        + "  tracking_code, category, occurred_at, place, latitude, longitude, description, submitted_at) "
                        + "  VALUES (?1, (SELECT group_id FROM member_group), CAST(?3 AS bigint), ?4, ?5, ?6, ?7, ?8, ?9, "
                        + "  CAST(?10 AS numeric), CAST(?11 AS numeric), ?12, ?13) "
                        + "  ON CONFLICT ON CONSTRAINT tip_idempotent DO NOTHING RETURNING id, tracking_code, category, status, station_id), "
                        + "audited AS (INSERT INTO audit_entry (actor, action, entity_type, entity_id, station_id, summary, client_address) "
                        + "  SELECT ?14, 'CREATE', 'Tip', id::text, station_id, tracking_code || ' ' || category || ' ' || status, ?15 "
                        + "  FROM inserted) "
                        + "SELECT id, status, tracking_code FROM inserted")
                .setParameter(1, stationId).setParameter(3, accountId).setParameter(4, key)
                .setParameter(5, fingerprint).setParameter(6, trackingCode()).setParameter(7, form.getCategory())
                .setParameter(8, Timestamp.from(form.getOccurredAt().toInstant())).setParameter(9, form.getPlace().strip())
                .setParameter(10, form.getLatitude()).setParameter(11, form.getLongitude())
                .setParameter(12, form.getDescription().strip()).setParameter(13, Timestamp.from(Instant.now()))
                .setParameter(14, actor).setParameter(15, clientAddress)
                .getResultList();
        if (inserted.isEmpty()) {
            TipReceipt earlier = replay(accountId == null ? ANONYMOUS_SUBMITTER : accountId, key, fingerprint);
            if (earlier == null) {
                throw new IllegalStateException("idempotency key conflict without a row");
            }
            return earlier;
        }
        Object[] row = (Object[]) inserted.get(0);
        return new TipReceipt(((Number) row[0]).longValue(), (String) row[1], (String) row[2], true);
    }

    /** The tip sent before under this key, or null; the same key with other content is refused. */
    private TipReceipt replay(long submitterKey, String key, String fingerprint) {
        List<?> rows = em.createNativeQuery("SELECT id, request_hash, status, tracking_code FROM tip "
                        + "WHERE submitter_key = ?1 AND idempotency_key = ?2")
                .setParameter(1, submitterKey).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[1])) {
            throw new RuleViolationException("tip.idempotencyKey.reused");
        }
        return new TipReceipt(((Number) row[0]).longValue(), (String) row[2], (String) row[3], false);
    }

    private Long groupOf(Long accountId, long stationId) {
        if (accountId == null) {
            return null;
        }
        List<?> groups = em.createNativeQuery("SELECT m.group_id FROM group_member m JOIN patrol_group g ON g.id = m.group_id "
                        + "WHERE m.account_id = ?1 AND m.active AND g.active AND g.station_id = ?2 ORDER BY m.id LIMIT 1")
                .setParameter(1, accountId).setParameter(2, stationId).getResultList();
        return groups.isEmpty() ? null : ((Number) groups.get(0)).longValue();
    }

    private static String trackingCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Largest photo accepted: a phone photo, not a video. */
    public static final int PHOTO_LIMIT = 5 * 1024 * 1024;

    /** A tip's photo as stored: its type is what its bytes are. */
    public record Photo(String contentType, byte[] content) implements Serializable {
    }

    /**
     * The tipster adds a photo to a new tip (again: it replaces the first, so a retried
     * upload stores one photo). JPEG or PNG, told by the bytes themselves, at most 5 MB.
     */
    public TipView attachPhoto(long tipId, byte[] content) {
        Tip tip = em.find(Tip.class, tipId);
        if (tip == null || !tip.isSubmittedBy(scope.caller().accountId())) {
            throw new RecordNotFoundException("Tip", tipId);
        }
        String type = checkPhoto(content);
        if (tip.getStatus() != TipStatus.NEW) {
            throw new RuleViolationException("tip.triage.done", tip.getStatus().name());
        }
        em.createNativeQuery("INSERT INTO tip_photo (tip_id, content_type, size_bytes, content, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT (tip_id) DO UPDATE SET content_type = EXCLUDED.content_type, size_bytes = EXCLUDED.size_bytes, "
                        + "content = EXCLUDED.content, uploaded_at = EXCLUDED.uploaded_at")
                .setParameter(1, tipId).setParameter(2, type).setParameter(3, content.length).setParameter(4, content)
                .setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        tip.photoAttached(type);
        em.flush();
        return view(tip);
    }

    /** The photo's type, or a refusal naming the field: too large, empty, or not a JPEG or PNG. */
    public static String checkPhoto(byte[] content) {
        if (content == null || content.length == 0 || content.length > PHOTO_LIMIT) {
            throw new InvalidInputException("photo", "tip.photo.size", PHOTO_LIMIT / 1024 / 1024);
        }
        String type = imageType(content);
        if (type == null) {
            throw new InvalidInputException("photo", "tip.photo.type");
        }
        return type;
    }

    /** The photo, for whoever may read the tip. */
    public Photo photo(long tipId) {
        readable(tipId);
        List<?> rows = em.createNativeQuery("SELECT content_type, content FROM tip_photo WHERE tip_id = ?1").setParameter(1, tipId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("TipPhoto", tipId);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Photo((String) row[0], (byte[]) row[1]);
    }

    /** JPEG (FF D8 FF) or PNG (89 50 4E 47 0D 0A 1A 0A) by their first bytes; anything else is refused. */
    static String imageType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        if (b.length > png.length && Arrays.equals(Arrays.copyOf(b, png.length), png)) {
            return "image/png";
        }
        return null;
    }

    /** The status behind a tracking code, for whoever holds the code (the anonymous tipster). */
    @PermitAll
    public TipTrack track(String trackingCode) {
        String code = trackingCode == null ? "" : trackingCode.strip().toUpperCase(Locale.ROOT);
        return em.createQuery("SELECT t FROM Tip t WHERE t.trackingCode = :code", Tip.class).setParameter("code", code)
                .getResultStream().findFirst().map(t -> new TipTrack(t.getTrackingCode(), t.getStatus().name(), t.getSubmittedAt()))
                .orElseThrow(() -> new RecordNotFoundException("Tip", code));
    }

    /** One tip, for its tipster or the staff of its station (anyone else: not found). */
    public TipView get(long id) {
        Tip tip = readable(id);
        return view(tip);
    }

    private Tip readable(long id) {
        Tip tip = em.find(Tip.class, id);
        Caller caller = scope.caller();
        boolean staff = caller.isStationStaff();
        if (tip == null || !(tip.isSubmittedBy(caller.accountId()) || staff && scope.canSee(tip.stationId()))) {
            throw new RecordNotFoundException("Tip", id);
        }
        return tip;
    }

    /** The station's tips, newest first; {@code status} null means all. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Page<TipRow> queue(TipStatus status, TipCategory category, LocalDate sentFrom, LocalDate sentTo, int first, int pageSize) {
        Long station = scope.stationFilter();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (station != null) {
            where.append(" AND t.stationId = :station");
            parameters.put("station", station);
        }
        if (status != null) {
            where.append(" AND t.status = :status");
            parameters.put("status", status);
        }
        if (category != null) {
            where.append(" AND t.category = :category");
            parameters.put("category", category);
        }
        if (sentFrom != null) {
            where.append(" AND t.submittedAt >= :sentFrom");
            parameters.put("sentFrom", sentFrom.atStartOfDay(BureauTime.ZONE).toInstant());
        }
        if (sentTo != null) {
            where.append(" AND t.submittedAt < :sentTo");
            parameters.put("sentTo", sentTo.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant());
        }
        TypedQuery<Tip> page = em.createQuery("SELECT t FROM Tip t" + where + " ORDER BY t.submittedAt DESC, t.id DESC", Tip.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Tip t" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Tip> tips = Page.window(page, first, pageSize).getResultList();
        return new Page<>(rows(tips), count.getSingleResult());
    }

    /**
     * How many new tips wait in the caller's queue (the menu badge, on every page), counted up
     * to {@code cap}: the queue's index answers that in well under a millisecond, where an exact
     * count of a backlog of hundreds of thousands takes a fifth of a second.
     */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public long countNew(int cap) {
        Long station = scope.stationFilter();
        return ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM tip WHERE status = 'NEW'"
                        + (station == null ? "" : " AND station_id = ?1") + " LIMIT ?2) waiting")
                .setParameter(1, station == null ? -1L : station).setParameter(2, cap).getSingleResult()).longValue();
    }

    /** The caller's own tips, newest first. */
    public Page<TipRow> mine(int first, int pageSize) {
        Long me = scope.caller().accountId();
        List<Tip> tips = Page.window(em.createQuery("SELECT t FROM Tip t WHERE t.submitterAccountId = :me ORDER BY t.submittedAt DESC, t.id DESC", Tip.class)
                .setParameter("me", me), first, pageSize).getResultList();
        long total = em.createQuery("SELECT COUNT(t) FROM Tip t WHERE t.submitterAccountId = :me", Long.class).setParameter("me", me)
                .getSingleResult();
        return new Page<>(rows(tips), total);
    }

    /** Dismiss (with reason), resolve on the spot, or hand to another station. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public TipView triage(long id, @NotNull TipAction action, String note, String stationCode, Long expectedVersion) {
        Tip tip = scope.find(Tip.class, id);
        if (expectedVersion != null && expectedVersion != tip.getVersion()) {
            throw new ConflictException("Tip", id);
        }
        Caller caller = scope.caller();
        Instant now = Instant.now();
        switch (action) {
            case DISMISS -> tip.dismiss(note, caller.username(), now);
            case RESOLVE -> tip.resolve(note, caller.username(), now);
            case HAND_OVER -> {
                // any active station: the tip leaves the caller's scope, as a handed-over paper file would
                Station other = activeStation(stationCode);
                if (other == null) {
                    throw new InvalidInputException("stationCode", "tip.handOver.otherStation");
                }
                tip.handTo(other, note, caller.username(), now);
            }
        }
        rewardIfActedOn(tip);
        em.flush();
        return view(tip);
    }

    /** Case intake opened a case from this tip (a fraud lead of the caller's station). */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public void caseOpened(long tipId, long caseId) {
        Tip tip = scope.find(Tip.class, tipId);
        if (tip.getCategory() != TipCategory.FRAUD_LEAD) {
            throw new InvalidInputException("tipId", "tip.case.fraudLeadOnly");
        }
        tip.caseOpened(caseId, scope.caller().username(), Instant.now());
        rewardIfActedOn(tip);
    }

    /** The tips a case was opened from. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public List<TipRow> ofCase(long caseId) {
        List<Tip> tips = em.createQuery("SELECT t FROM Tip t WHERE t.fraudCaseId = :c ORDER BY t.id", Tip.class).setParameter("c", caseId)
                .getResultStream().filter(t -> scope.canSee(t.stationId())).toList();
        return rows(tips);
    }

    private void rewardIfActedOn(Tip tip) {
        if (tip.getStatus().ledToAction() && tip.getSubmitterAccountId() != null) {
            points.award(tip.getSubmitterAccountId(), tip.getGroupId(), tip.stationId(), "TIP_ACTED_ON", BigDecimal.ONE,
                    "tip " + tip.getTrackingCode() + " " + tip.getStatus(), PointsLedger.Source.TIP, tip.getId(), scope.caller().username());
        }
    }

    /** List rows, with the tipsters' names read in one query for the whole page. */
    private List<TipRow> rows(List<Tip> tips) {
        List<Long> submitters = tips.stream().map(Tip::getSubmitterAccountId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!submitters.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", submitters)
                    .getResultStream().forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        return tips.stream().map(t -> new TipRow(t.getId(), t.getTrackingCode(), t.getCategory().name(), t.getOccurredAt(),
                t.getPlace(), t.getDescription().length() > 120 ? t.getDescription().substring(0, 120) + "…" : t.getDescription(),
                t.getStatus().name(), names.get(t.getSubmitterAccountId()), t.getHandedFromStationId() != null, t.getSubmittedAt()))
                .toList();
    }

    private String submitterName(Tip t) {
        if (t.getSubmitterAccountId() == null) {
            return null;
        }
        Account a = em.find(Account.class, t.getSubmitterAccountId());
        return a == null ? null : a.getDisplayName();
    }

    private TipView view(Tip t) {
        Station from = t.getHandedFromStationId() == null ? null : em.find(Station.class, t.getHandedFromStationId());
        return new TipView(t.getId(), t.getTrackingCode(), t.getStation().getCode(), t.getCategory().name(), t.getOccurredAt(),
                t.getPlace(), t.getLatitude(), t.getLongitude(), t.getDescription(), t.getPhotoType() != null, t.getStatus().name(),
                t.getTriageNote(), t.getTriagedBy(), t.getTriagedAt(), from == null ? null : from.getCode(), t.getFraudCaseId(),
                submitterName(t), t.getSubmittedAt(), t.getVersion());
    }
}
