package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.CallerRoles;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.patrol.domain.TrackingCode;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RateLimiter;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tip intake (线索上报): tips sent by members from their phones or anonymously from the public
 * page, each stored exactly once however often a poor connection makes the phone send it.
 * <p>
 * The busiest write of the system, and the one path that is not an EJB: a CDI bean checks the
 * caller's role ({@link CallerRoles}, before the tip's validation, as on an EJB) and the tip, and {@link TipWriter} stores it with its audit row in its own
 * transaction (with the tips sent at the same moment, in one commit). The EJB container's
 * interceptors, security and transaction around each call cost more than the insert itself.
 */
@ApplicationScoped
public class TipIntake {

    /** Anonymous tips per client address and window: enough for a real witness, too few for a flood. */
    static final int ANONYMOUS_LIMIT = 5;
    static final Duration ANONYMOUS_WINDOW = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long ANONYMOUS_SUBMITTER = 0L;

    @Inject
    private StationScope scope;

    @Inject
    private TipStations stations;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private RequestOrigin origin;

    @Inject
    private TipWriter writer;

    /** A member's tip: it goes to their station (and patrol group, when they have one). */
    @CallerRoles({Role.VOLUNTEER, Role.OFFICER, Role.AUXILIARY, Role.SUPERVISOR, Role.LIAISON})
    public TipReceipt submit(@NotNull @Valid NewTip form, String idempotencyKey) {
        return await(send(form, idempotencyKey));
    }

    /**
     * As {@link #submit}, answering once the tip is committed without holding the caller's thread
     * meanwhile: the REST intake, where thousands of phones may send at once. The checks are made
     * here and now (a refusal is thrown at once); the stage fails only with the write.
     */
    @CallerRoles({Role.VOLUNTEER, Role.OFFICER, Role.AUXILIARY, Role.SUPERVISOR, Role.LIAISON})
    public CompletionStage<TipReceipt> send(@NotNull @Valid NewTip form, String idempotencyKey) {
        Caller caller = scope.caller();
        InvalidInputsException.Collector problems = TipIntakeChecks.check(form, idempotencyKey, Instant.now());
        // the common case, one's own station, needs no read
        Long stationId = form.getStationCode() == null || form.getStationCode().isBlank() ? caller.stationId()
                : stations.forCaller(form.getStationCode());
        if (stationId == null) {
            problems.add("stationCode", "tip.station.notYours", form.getStationCode());
        }
        problems.throwIfAny();
        return intake(form, idempotencyKey, caller.accountId(), stationId, caller.username(), origin.clientAddress());
    }

    private static TipReceipt await(CompletionStage<TipReceipt> stage) {
        try {
            return stage.toCompletableFuture().get(TipWriter.waitSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw TipWriter.unavailable("the tip was not written in time"); // a retry with the same key finds it if it was
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TipWriter.unavailable("interrupted");
        }
    }

    /**
     * A tip from the public page: no account, no name, no address kept; limited per client address.
     * Without a station ("I don't know") its place decides ({@link TipRouting}), else it waits in
     * the bureau's queue; a station named must be one in service.
     */
    public TipReceipt submitAnonymously(@NotNull @Valid NewTip form, String idempotencyKey, String clientAddress) {
        InvalidInputsException.Collector problems = TipIntakeChecks.check(form, idempotencyKey, Instant.now());
        boolean unknown = form.getStationCode() == null || form.getStationCode().isBlank();
        Long station = unknown ? null : stations.inService(form.getStationCode());
        if (!unknown && station == null) {
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
        return await(intake(form, idempotencyKey, null, unknown ? stations.byPlace(form) : station, AuditLog.ANONYMOUS, null));
    }

    /**
     * Either this key is new and the tip goes in, or the tip sent before is found (the writer's
     * statement waits for a concurrent send of the same key to commit first); the same key with
     * another content is refused.
     */
    private CompletionStage<TipReceipt> intake(NewTip form, String key, Long accountId, Long stationId, String actor,
                                               String clientAddress) {
        String fingerprint = form.fingerprint();
        return writer.store(new TipWriter.Ready(stationId, accountId, key, fingerprint, TrackingCode.generate(RANDOM),
                form.getCategory(), form.getOccurredAt(), form.getPlace().strip(), form.getLatitude(), form.getLongitude(),
                form.getDescription().strip(), Instant.now(), actor, clientAddress)).thenApply(stored -> {
                    if (!stored.created() && !fingerprint.equals(stored.requestHash())) {
                        throw new RuleViolationException("tip.idempotencyKey.reused");
                    }
                    return new TipReceipt(stored.id(), stored.status(), stored.trackingCode(), stored.created());
                });
    }

    /** The tip sent before under this key, or null; the same key with other content is refused. */
    private TipReceipt replay(long submitterKey, String key, String fingerprint) {
        TipWriter.Stored before = writer.storedBefore(submitterKey, key);
        if (before == null) {
            return null;
        }
        if (!fingerprint.equals(before.requestHash())) {
            throw new RuleViolationException("tip.idempotencyKey.reused");
        }
        return new TipReceipt(before.id(), before.status(), before.trackingCode(), false);
    }
}
