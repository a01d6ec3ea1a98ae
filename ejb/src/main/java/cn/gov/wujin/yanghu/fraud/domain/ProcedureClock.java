package cn.gov.wujin.yanghu.fraud.domain;

import java.time.Instant;

/**
 * The procedure's time limits as the aggregate needs them: when a limit of the reference table
 * ends, counted from an instant. The application reads the table ({@code ProcedureLimits}).
 */
@FunctionalInterface
public interface ProcedureClock {

    Instant after(LimitCode code, Instant from);
}
