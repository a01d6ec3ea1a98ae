package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.organization.application.GridView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Defect 15: points reasons and grid names in the reader's language. */
class PointsReasonTest {

    @Test
    void aReasonWithAKeyIsRenderedInTheReadersLanguage() {
        String shift = NotificationTexts.json(List.of("人民路—长虹路", "2.0"));
        assertThat(PointsService.reason("shift 7 人民路—长虹路 2.0 h", "points.reason.shift", shift, Locale.ENGLISH))
                .isEqualTo("Patrol 人民路—长虹路, 2.0 h");
        assertThat(PointsService.reason("shift 7 人民路—长虹路 2.0 h", "points.reason.shift", shift, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("巡逻 人民路—长虹路，2.0 小时");
        String tip = NotificationTexts.json(List.of("AB2CD-EF3GH", "#tipStatus.RESOLVED"));
        assertThat(PointsService.reason("tip AB2CD-EF3GH RESOLVED", "points.reason.tip", tip, Locale.ENGLISH))
                .isEqualTo("Tip AB2CD-EF3GH: resolved on the spot");
        assertThat(PointsService.reason("x", "points.reason.publicity", NotificationTexts.json(List.of("2026-12-01", "湖塘菜场")),
                Locale.ENGLISH)).isEqualTo("Anti-fraud publicity on 2026-12-01, 湖塘菜场");
    }

    @Test
    void aReasonWithoutAKeyIsShownAsStored() {
        assertThat(PointsService.reason("手工补记", null, null, Locale.ENGLISH)).isEqualTo("手工补记");
    }

    @Test
    void argumentsSurviveTheirJson() {
        List<String> args = List.of("a \"quoted\" \\ place", "");
        assertThat(NotificationTexts.args(NotificationTexts.json(args))).isEqualTo(args);
    }

    @Test
    void aGridIsNamedInTheReadersLanguageAndInChineseWhileItHasNoEnglishName() {
        GridView named = new GridView(1L, 2L, "HT-01-G1", "湖塘社区第一网格", "Hutang Community Grid 1");
        assertThat(named.label(true)).isEqualTo("Hutang Community Grid 1");
        assertThat(named.label(false)).isEqualTo("湖塘社区第一网格");
        assertThat(new GridView(1L, 2L, "X", "老网格", null).label(true)).isEqualTo("老网格");
        GroupView group = new GroupView(1, "巡防队", "HT", 2L, "湖塘社区", "Hutang Community", 3L, "湖塘社区第一网格",
                "Hutang Community Grid 1", "officer1", "王建国", true, 3, 0);
        assertThat(group.area(true)).isEqualTo("Hutang Community · Hutang Community Grid 1");
        assertThat(group.area(false)).isEqualTo("湖塘社区 · 湖塘社区第一网格");
    }
}
