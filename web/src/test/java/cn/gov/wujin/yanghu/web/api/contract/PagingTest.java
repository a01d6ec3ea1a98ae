package cn.gov.wujin.yanghu.web.api.contract;

import cn.gov.wujin.yanghu.shared.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Test
    void theDocumentedLargestPageIsTheOneTheListsRead() {
        assertThat(Integer.parseInt(Paging.MAX_SIZE)).isEqualTo(Page.MAX_SIZE);
        assertThat(Page.clampSize(Page.MAX_SIZE + 1)).isEqualTo(Page.MAX_SIZE);
        assertThat(Page.clampSize(0)).isEqualTo(1);
    }
}
