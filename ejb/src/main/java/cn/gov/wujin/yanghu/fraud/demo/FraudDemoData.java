package cn.gov.wujin.yanghu.fraud.demo;

import cn.gov.wujin.yanghu.fraud.application.CaseNumbers;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.fraud.domain.PaymentChannel;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Amount;
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
import java.util.Set;

/**
 * Demo fraud cases (with {@code yanghu.demo=true}): three cases of 湖塘 and 牛塘, two of them
 * sharing a suspect phone, so the case list, the detail page and linking have something
 * to show. Loaded once, after the organisation demo data.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FraudDemoData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseNumbers caseNumbers;

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
        Station hutang = station("HT");
        Station niutang = station("NT");
        Account officer1 = account("officer1");
        Account officer2 = account("officer2");

        FraudCase investment = newCase(hutang, "FAKE_INVESTMENT", now.minus(Duration.ofHours(3)),
                "受害人经网友介绍加入“高收益理财”群，按“导师”指示在虚假平台充值，提现时被要求缴纳保证金。", officer1, now);
        investment.addVictim("陈某", "11010519491231002X", "13801010101", 62, "退休教师");
        investment.addTransfer(now.minus(Duration.ofHours(5)), Amount.parse("50000.00").orElseThrow(), PaymentChannel.BANK_CARD,
                "6217 0000 1111 2222", "6222 0202 0303 0404", "某商业银行");
        investment.addTransfer(now.minus(Duration.ofHours(4)), Amount.parse("28500.50").orElseThrow(), PaymentChannel.BANK_CARD,
                "6217 0000 1111 2222", "6222 0202 0303 0404", "某商业银行");
        identifier(investment, IdentifierType.PHONE, "+86 171 0000 8888");
        identifier(investment, IdentifierType.BANK_ACCOUNT, "6222 0202 0303 0404");
        identifier(investment, IdentifierType.URL, "https://www.licai-fake.example/app/");
        em.persist(investment);

        FraudCase loan = newCase(niutang, "FAKE_LOAN", now.minus(Duration.ofDays(2)),
                "受害人在网上申请低息贷款，对方以“解冻费”“刷流水”为由多次索要费用。", officer2, now.minus(Duration.ofDays(2)));
        loan.addVictim("刘某", null, "13902020202", 35, "个体经营");
        loan.addTransfer(now.minus(Duration.ofDays(2)), Amount.parse("6800.00").orElseThrow(), PaymentChannel.WECHAT_PAY, null, "wxid_loanfast", null);
        identifier(loan, IdentifierType.PHONE, "171-0000-8888");
        identifier(loan, IdentifierType.WECHAT, "WXID_LoanFast");
        loan.perform(CaseAction.ACCEPT, "officer2", Set.of(Role.OFFICER), null, now.minus(Duration.ofDays(2)));
        em.persist(loan);

        FraudCase shopping = newCase(hutang, "FAKE_CUSTOMER_SERVICE", now.minus(Duration.ofDays(3)),
                "自称快递客服来电称包裹丢失理赔，诱导受害人开通“备用金”并转账。", officer1, now.minus(Duration.ofDays(3)));
        shopping.addVictim("孙某", null, "13703030303", 27, "工厂文员");
        shopping.addTransfer(now.minus(Duration.ofDays(3)), Amount.parse("3999.99").orElseThrow(), PaymentChannel.ALIPAY, null, "pay-refund@fake.example", null);
        identifier(shopping, IdentifierType.PAYMENT_ACCOUNT, "pay-refund@fake.example");
        em.persist(shopping);
    }

    private FraudCase newCase(Station station, String type, Instant reportedAt, String narrative, Account officer, Instant createdAt) {
        FraudCase c = new FraudCase(caseNumbers.next(station, createdAt), station, em.find(FraudType.class, type), reportedAt,
                narrative, officer.getUsername(), createdAt);
        c.assignTo(officer);
        return c;
    }

    private static void identifier(FraudCase c, IdentifierType type, String raw) {
        c.addIdentifier(type, raw, type.normalize(raw).orElseThrow());
    }

    private Station station(String code) {
        return em.createNamedQuery("Station.byCode", Station.class).setParameter("code", code).getSingleResult();
    }

    private Account account(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username).getSingleResult();
    }
}
