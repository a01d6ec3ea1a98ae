package cn.gov.wujin.yanghu.shared;

import java.time.ZoneId;

/** The bureau's clock: days, months and years are Beijing time, whatever zone a server runs in. */
public final class BureauTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BureauTime() {
    }
}
