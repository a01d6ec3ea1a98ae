package cn.gov.wujin.yanghu.operations.application;

import cn.gov.wujin.yanghu.operations.domain.StatisticsSource;
import cn.gov.wujin.yanghu.shared.ReadDatabase;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** Where the statistics read, with the read pool's state beside it. */
@Schema(name = "StatisticsSource", description = "The database the statistics (dashboards, reports, the map's heat) read.")
public record StatisticsSourceView(
        @Schema(required = true, type = SchemaType.STRING, implementation = StatisticsSource.class,
                description = "PRIMARY: the database every write goes to. STANDBY: the read pool (the streaming standby), a few "
                        + "seconds behind; when it cannot be reached the statistics read the primary.") String source,
        @Schema(required = true, description = "The version to send back with a change.", example = "0") long version,
        @Schema(description = "The read pool's JDBC URL; left out when it cannot be reached.",
                example = "jdbc:postgresql://127.0.0.1:55434/yanghu") String readPoolUrl,
        @Schema(required = true, description = "true when the read pool's server is a standby (in recovery); false for a primary "
                + "or when it cannot be reached.") boolean readPoolIsStandby,
        @Schema(description = "Seconds since the last transaction the standby replayed (grows while nothing is written); left "
                + "out for a primary.", example = "1.5") Double replayAgeSeconds,
        @Schema(description = "Why the read pool cannot be reached; left out when it can.") String readPoolError)
        implements Serializable {

    static StatisticsSourceView of(String source, long version, ReadDatabase.Description pool) {
        return new StatisticsSourceView(source, version, pool.url(), pool.standby(), pool.lagSeconds(), pool.error());
    }
}
