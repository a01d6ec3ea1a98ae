package cn.gov.wujin.yanghu.geo.domain;

/** The three kinds of area that have a boundary, each inside the one before. */
public enum Level {
    STATION, COMMUNITY, GRID;

    /** The level the API names it by ({@code station}, {@code community}, {@code grid}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The level of an API parameter, or null when it names none. */
    public static Level of(String key) {
        for (Level level : values()) {
            if (level.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return level;
            }
        }
        return null;
    }
}
