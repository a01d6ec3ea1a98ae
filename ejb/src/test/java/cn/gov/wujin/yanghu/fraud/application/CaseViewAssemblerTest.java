package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.CaseNumber;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.fraud.domain.PaymentChannel;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Amount;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CaseViewAssemblerTest {

    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");
    private final CaseViewAssembler views = new CaseViewAssembler(new CaseLinks(), new ProcedureLimits() {
        @Override
        public java.time.Duration duration(cn.gov.wujin.yanghu.fraud.domain.LimitCode code) {
            return java.time.Duration.ofHours(48);
        }
    });

    @Test
    void personalDataIsMaskedUnlessTheFullViewIsAskedFor() {
        FraudCase c = newCase();
        c.addVictim("陈某", "11010519491231002X", "13801010101", 62, "退休教师");

        FraudCaseView.Victim masked = views.view(c, true, now).victims().get(0);
        assertThat(masked.idNumber()).isEqualTo("110105********002X");
        assertThat(masked.phone()).isEqualTo("138****0101");

        FraudCaseView full = views.view(c, false, now);
        assertThat(full.masked()).isFalse();
        assertThat(full.victims().get(0).idNumber()).isEqualTo("11010519491231002X");
        assertThat(full.victims().get(0).phone()).isEqualTo("13801010101");
    }

    @Test
    void amountsLeaveAsDecimalStringsToTheFen() {
        FraudCase c = newCase();
        c.addVictim("陈某", null, null, null, null);
        c.addTransfer(now.minus(Duration.ofHours(2)), Amount.parse("50000").orElseThrow(), PaymentChannel.BANK_CARD, null,
                "6222020203030404", "某商业银行");
        c.addTransfer(now.minus(Duration.ofHours(1)), Amount.parse("28500.5").orElseThrow(), PaymentChannel.BANK_CARD, null,
                "6222020203030404", "某商业银行");

        FraudCaseView view = views.view(c, true, now);
        assertThat(view.totalLoss()).isEqualTo("78500.50");
        assertThat(view.transfers()).extracting(FraudCaseView.Transfer::amount).containsExactly("50000.00", "28500.50");
        assertThat(view.money().stopped()).isEqualTo("0.00");
        assertThat(view.money().needsStopPayment()).as("money left an hour ago, no stop-payment yet").isTrue();
        assertThat(view.linkedCases()).as("a case not stored yet links nothing").isEmpty();

        CaseRow row = views.row(c, true, now);
        assertThat(row.totalLoss()).isEqualTo("78500.50");
        assertThat(row.caseNumber()).isEqualTo("HT-2026-000007");
    }

    private FraudCase newCase() {
        return new FraudCase(CaseNumber.of("HT", 2026, 7), new Station("HT", "湖塘派出所", "Hutang"), fraudType(), now,
                "被骗经过", "officer1", now);
    }

    private static FraudType fraudType() {
        try {
            Constructor<FraudType> c = FraudType.class.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
