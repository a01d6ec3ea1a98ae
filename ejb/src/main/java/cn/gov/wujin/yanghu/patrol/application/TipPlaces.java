package cn.gov.wujin.yanghu.patrol.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which station's area a tip's place names, from its words: the names of the stations and of
 * their communities and villages, as people write them. A station's town name counts without
 * "派出所" ("湖塘菜场" is 湖塘's); a community's only in full ("花园社区"), since its bare name is
 * often a common word ("花园"). The longest name found decides; names of the same length that
 * point to different stations decide nothing, nor does a place that names none: the tip then
 * waits for the bureau.
 */
public final class TipPlaces {

    /** A station's area as its names: the station's own and its communities'. */
    public record Area(long stationId, String stationZh, String stationEn, List<String> communities) {
    }

    private record Name(String text, long stationId) {
    }

    private TipPlaces() {
    }

    public static Optional<Long> stationFor(String place, List<Area> areas) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String text = place.toLowerCase(Locale.ROOT);
        int longest = 0;
        Long found = null;
        boolean tied = false;
        for (Name name : names(areas)) {
            if (name.text().length() < 2 || !text.contains(name.text())) {
                continue;
            }
            if (name.text().length() > longest) {
                longest = name.text().length();
                found = name.stationId();
                tied = false;
            } else if (name.text().length() == longest && found != name.stationId()) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(found);
    }

    private static List<Name> names(List<Area> areas) {
        List<Name> names = new ArrayList<>();
        for (Area area : areas) {
            add(names, area.stationZh(), area.stationId());
            add(names, stem(area.stationZh(), "派出所"), area.stationId());
            add(names, area.stationEn(), area.stationId());
            add(names, stem(area.stationEn(), " police station"), area.stationId());
            for (String community : area.communities()) {
                add(names, community, area.stationId());
            }
        }
        return names;
    }

    private static void add(List<Name> names, String name, long stationId) {
        if (name != null && !name.isBlank()) {
            names.add(new Name(name.strip().toLowerCase(Locale.ROOT), stationId));
        }
    }

    private static String stem(String name, String suffix) {
        if (name == null) {
            return null;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(suffix) ? lower.substring(0, lower.length() - suffix.length()) : null;
    }
}
