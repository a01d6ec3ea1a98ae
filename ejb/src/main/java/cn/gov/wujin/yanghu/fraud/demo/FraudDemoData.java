package cn.gov.wujin.yanghu.fraud.demo;

import cn.gov.wujin.yanghu.fraud.application.CaseIntake;
import cn.gov.wujin.yanghu.fraud.application.NewFraudCase;
import cn.gov.wujin.yanghu.fraud.application.ProcedureLimits;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.fraud.domain.PaymentChannel;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.BureauTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Demo fraud cases (with {@code yanghu.demo=true}): three cases of 湖塘 and 牛塘, two of them
 * sharing a suspect phone, so the case list, the detail page and linking have something
 * to show. Loaded once, after the organisation demo data, through the intake like every case.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FraudDemoData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseIntake intake;

    @Inject
    private ProcedureLimits limits;

    @Inject
    @ConfigProperty(name = "yanghu.demo", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(20261129)").getSingleResult();
        if (((Number) em.createNativeQuery("SELECT count(*) FROM fraud_case").getSingleResult()).longValue() > 0) {
            return;
        }
        Instant now = Instant.now();
        NewFraudCase investment = report("HT", "FAKE_INVESTMENT", now.minus(Duration.ofHours(3)),
                "受害人经网友介绍加入“高收益理财”群，按“导师”指示在虚假平台充值，提现时被要求缴纳保证金。");
        victim(investment, "陈某", "11010519491231002X", "13801010101", 62, "退休教师");
        transfer(investment, now.minus(Duration.ofHours(5)), "50000.00", PaymentChannel.BANK_CARD, "6217 0000 1111 2222",
                "6222 0202 0303 0404", "某商业银行");
        transfer(investment, now.minus(Duration.ofHours(4)), "28500.50", PaymentChannel.BANK_CARD, "6217 0000 1111 2222",
                "6222 0202 0303 0404", "某商业银行");
        identifier(investment, IdentifierType.PHONE, "+86 171 0000 8888");
        identifier(investment, IdentifierType.BANK_ACCOUNT, "6222 0202 0303 0404");
        identifier(investment, IdentifierType.URL, "https://www.licai-fake.example/app/");
        intake.registerDemo(investment, "officer1", now);

        NewFraudCase loan = report("NT", "FAKE_LOAN", now.minus(Duration.ofDays(2)),
                "受害人在网上申请低息贷款，对方以“解冻费”“刷流水”为由多次索要费用。");
        victim(loan, "刘某", null, "13902020202", 35, "个体经营");
        transfer(loan, now.minus(Duration.ofDays(2)), "6800.00", PaymentChannel.WECHAT_PAY, null, "wxid_loanfast", null);
        identifier(loan, IdentifierType.PHONE, "171-0000-8888");
        identifier(loan, IdentifierType.WECHAT, "WXID_LoanFast");
        long loanId = intake.registerDemo(loan, "officer2", now.minus(Duration.ofDays(2)));
        em.find(FraudCase.class, loanId).perform(CaseAction.ACCEPT, "officer2", Set.of(Role.OFFICER), null, now.minus(Duration.ofDays(2)),
                limits);

        NewFraudCase shopping = report("HT", "FAKE_CUSTOMER_SERVICE", now.minus(Duration.ofDays(3)),
                "自称快递客服来电称包裹丢失理赔，诱导受害人开通“备用金”并转账。");
        victim(shopping, "孙某", null, "13703030303", 27, "工厂文员");
        transfer(shopping, now.minus(Duration.ofDays(3)), "3999.99", PaymentChannel.ALIPAY, null, "pay-refund@fake.example", null);
        identifier(shopping, IdentifierType.PAYMENT_ACCOUNT, "pay-refund@fake.example");
        intake.registerDemo(shopping, "officer1", now.minus(Duration.ofDays(3)));
    }

    private static NewFraudCase report(String station, String type, Instant reportedAt, String narrative) {
        NewFraudCase form = new NewFraudCase();
        form.setStationCode(station);
        form.setFraudType(type);
        form.setReportedAt(beijing(reportedAt));
        form.setNarrative(narrative);
        return form;
    }

    private static void victim(NewFraudCase form, String name, String idNumber, String phone, int age, String occupation) {
        NewFraudCase.VictimInput victim = new NewFraudCase.VictimInput();
        victim.setName(name);
        victim.setIdNumber(idNumber);
        victim.setPhone(phone);
        victim.setAge(age);
        victim.setOccupation(occupation);
        form.getVictims().add(victim);
    }

    private static void transfer(NewFraudCase form, Instant at, String amount, PaymentChannel channel, String fromAccount,
                                 String toAccount, String toBank) {
        NewFraudCase.TransferInput transfer = new NewFraudCase.TransferInput();
        transfer.setTime(beijing(at));
        transfer.setAmount(amount);
        transfer.setChannel(channel.name());
        transfer.setFromAccount(fromAccount);
        transfer.setToAccount(toAccount);
        transfer.setToBank(toBank);
        form.getTransfers().add(transfer);
    }

    private static void identifier(NewFraudCase form, IdentifierType type, String value) {
        NewFraudCase.IdentifierInput identifier = new NewFraudCase.IdentifierInput();
        identifier.setType(type.name());
        identifier.setValue(value);
        form.getIdentifiers().add(identifier);
    }

    private static OffsetDateTime beijing(Instant at) {
        return at.atZone(BureauTime.ZONE).toOffsetDateTime();
    }
}
