package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a figure is asked for: the Beijing days [from, to] and the station (null: the whole
 * bureau). Checked the same way for every figure: both days given, in order, at most five
 * years; a station head always gets their own station, a bureau supervisor the one named.
 */
public record Selection(LocalDate from, LocalDate to, Long stationId) implements Serializable {

    /** The checked selection; the problems (by field) are added to {@code problems}, and null is returned, when it is not valid. */
    static Selection of(LocalDate from, LocalDate to, String stationCode, StationScope scope, InvalidInputsException.Collector problems) {
        if (from == null) {
            problems.add("from", "stats.from");
        }
        if (to == null) {
            problems.add("to", "stats.to");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to", "points.period.order");
        }
        if (from != null && to != null && from.plusYears(5).isBefore(to)) {
            problems.add("to", "stats.tooLong");
        }
        Long station = scope.stationFilter();
        if (stationCode != null && !stationCode.isBlank()) {
            Station named = scope.targetStation(stationCode).orElse(null);
            if (named == null) {
                problems.add("station", "fraud.station.notYours", stationCode);
            } else {
                station = named.getId();
            }
        }
        return problems.isEmpty() ? new Selection(from, to, station) : null;
    }

    /** The first instant of the period. */
    Timestamp start() {
        return Timestamp.from(from.atStartOfDay(BureauTime.ZONE).toInstant());
    }

    /** The first instant after the period. */
    Timestamp end() {
        return Timestamp.from(to.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant());
    }

    Date firstDay() {
        return Date.valueOf(from);
    }

    Date lastDay() {
        return Date.valueOf(to);
    }

    /** The first day of the first calendar month wholly in the period (equal to {@link #wholeMonthsEnd}: none). */
    LocalDate wholeMonthsStart() {
        LocalDate start = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        return start.isBefore(wholeMonthsEnd()) ? start : wholeMonthsEnd();
    }

    /** The first day after the last calendar month wholly in the period. */
    LocalDate wholeMonthsEnd() {
        LocalDate after = to.plusDays(1);
        return after.getDayOfMonth() == 1 ? after : to.withDayOfMonth(1);
    }

    /** The calendar months the period touches (January 15 to March 1: three). */
    long months() {
        return ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
    }

    /** Sets parameter 3 to the station when the query is limited to one (see {@link #stationClause}). */
    ReadQuery bindStation(ReadQuery query) {
        return stationId == null ? query : query.setParameter(3, stationId);
    }

    /** " AND {column} = ?3" when limited to a station, else nothing; the station goes in as parameter 3. */
    String stationClause(String column) {
        return stationId == null ? "" : " AND " + column + " = ?3";
    }
}
