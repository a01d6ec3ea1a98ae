package cn.gov.wujin.yanghu.web.pages.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardBackingTest {

    @Test
    void longTypeNamesTakeTwoLinesOnTheChartsAxis() {
        assertThat(DashboardBacking.label("Fake e-commerce / logistics customer service").toString())
                .isEqualTo("[\"Fake e-commerce / logistics\",\"customer service\"]");
        assertThat(DashboardBacking.label("Order-brushing rebate").toString()).isEqualTo("\"Order-brushing rebate\"");
        assertThat(DashboardBacking.label("冒充电商物流客服类诈骗冒充电商物流客服类诈骗冒充").toString()).startsWith("\"");
    }
}
