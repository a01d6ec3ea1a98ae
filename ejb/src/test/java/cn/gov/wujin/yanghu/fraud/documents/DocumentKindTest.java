package cn.gov.wujin.yanghu.fraud.documents;

import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.fraud.domain.FreezeStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.gov.wujin.yanghu.fraud.documents.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentKindTest {

    private static Set<DocumentKind> caseDocumentsIn(CaseStatus status) {
        return Arrays.stream(values()).filter(k -> !k.perStopPayment() && k.availableFor(status))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));
    }

    @Test
    void aReportedCaseHasNoDocumentYet() {
        assertThat(caseDocumentsIn(CaseStatus.REPORTED)).isEmpty();
        assertThat(FREEZE_NOTICE.availableFor(CaseStatus.REPORTED)).isFalse();
    }

    @Test
    void anAcceptedCaseHasItsRegistrationReceiptAndTheReportForTheHead() {
        assertThat(caseDocumentsIn(CaseStatus.ACCEPTED)).containsExactlyInAnyOrder(CASE_REGISTRATION, ACCEPTANCE_RECEIPT, FILING_REPORT);
    }

    @Test
    void aFiledCaseHasItsDecisionFromThenOnAndNeverTheNoticeOfNotFiling() {
        for (CaseStatus status : EnumSet.of(CaseStatus.FILED, CaseStatus.INVESTIGATING, CaseStatus.SOLVED,
                CaseStatus.PROSECUTION_TRANSFERRED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN)) {
            assertThat(caseDocumentsIn(status)).as(status.name())
                    .containsExactlyInAnyOrder(CASE_REGISTRATION, ACCEPTANCE_RECEIPT, FILING_REPORT, FILING_DECISION);
        }
    }

    @Test
    void aCaseNotFiledHasTheNoticeWithoutTheDecisionOrTheReportAlsoWhileThePersonAsksForReconsiderationOrReview() {
        for (CaseStatus status : EnumSet.of(CaseStatus.NOT_FILED, CaseStatus.RECONSIDERING, CaseStatus.REVIEWING)) {
            assertThat(caseDocumentsIn(status)).as(status.name())
                    .containsExactlyInAnyOrder(CASE_REGISTRATION, ACCEPTANCE_RECEIPT, NOT_FILING_NOTICE);
        }
    }

    @Test
    void theBankNoticesFollowTheFreeze() {
        assertThat(FREEZE_NOTICE.availableFor((FreezeStatus) null)).isFalse();
        for (FreezeStatus status : FreezeStatus.values()) {
            assertThat(FREEZE_NOTICE.availableFor(status)).as(status.name()).isTrue();
        }
        assertThat(EnumSet.allOf(FreezeStatus.class).stream().filter(RENEWAL_NOTICE::availableFor)).containsExactly(FreezeStatus.RENEWED);
        assertThat(EnumSet.allOf(FreezeStatus.class).stream().filter(UNFREEZE_NOTICE::availableFor)).containsExactly(FreezeStatus.UNFROZEN);
        assertThat(FILING_DECISION.availableFor(FreezeStatus.ACTIVE)).as("not a bank notice: the freeze does not matter").isTrue();
    }

    @Test
    void onlyTheFrontDeskPaperIsAnAuxiliarys() {
        assertThat(Arrays.stream(values()).filter(DocumentKind::auxiliaryMay)).containsExactly(CASE_REGISTRATION, ACCEPTANCE_RECEIPT);
    }

    @Test
    void theRegistrationAndTheReceiptShareTheirSeriesAndEveryOtherKindHasItsOwn() {
        assertThat(CASE_REGISTRATION.series()).isEqualTo("受").isEqualTo(ACCEPTANCE_RECEIPT.series());
        assertThat(Arrays.stream(values()).map(DocumentKind::series).distinct())
                .containsExactly("受", "呈", "立", "不立", "冻", "续冻", "解冻");
    }

    @Test
    void aNumberIsWrittenAsTheFormsWriteIt() {
        assertThat(DocumentNumber.format("湖", "受", 2026, 123)).isEqualTo("武公(湖)受字〔2026〕123号");
        assertThat(DocumentNumber.format("牛", "不立", 2027, 1)).isEqualTo("武公(牛)不立字〔2027〕1号");
        assertThat(DocumentNumber.format(" 湖 ", "续冻", 2026, 45)).isEqualTo("武公(湖)续冻字〔2026〕45号");
        assertThatThrownBy(() -> DocumentNumber.format("湖", "受", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumber.format(" ", "受", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
