package cn.gov.wujin.yanghu.fraud.documents;

import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.ReturnPlan;
import cn.gov.wujin.yanghu.fraud.domain.ReturnShare;
import cn.gov.wujin.yanghu.shared.Masking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/**
 * 冻结资金返还公告: the public notice of a return plan's round, published from its approval to the
 * end of the notice period. Public, so every victim's name is masked and no one's ID or phone is
 * printed; the shares are in a table, to the fen, and add up to the round's amount.
 */
final class ReturnNoticeAssembler {

    static final String TITLE = "冻结资金返还公告";
    static final String SERIES = "返告";

    private ReturnNoticeAssembler() {
    }

    static DocumentContent assemble(ReturnPlan plan, String number, FraudCase firstCase) {
        BigDecimal left = plan.getAvailable().subtract(plan.getAmount());
        List<String> body = List.of(
                "经查，" + text(plan.getFrozenAccount().getBank()) + "账户" + Masking.bankAccount(plan.getFrozenAccount().getAccount())
                        + "内依法冻结的资金共计" + Forms.yuan(plan.getAvailable()) + "，系电信网络诈骗犯罪被害人被骗资金。根据《电信网络新型违法犯罪案件"
                        + "冻结资金返还若干规定》，现将第" + plan.getRound() + "轮返还方案公告如下：能够确定归属的资金，返还对应被害人；无法确定归属的，"
                        + "按各被害人损失金额的比例返还，计算至分，尾差按最大余额法分配。",
                "本轮拟返还合计" + Forms.yuan(plan.getAmount()) + (left.signum() > 0 ? "，余额" + Forms.yuan(left) + "继续冻结" : "") + "。",
                "公告期自" + Forms.day(plan.getApprovedAt()) + "起至" + Forms.day(plan.getNoticeEndsAt()) + "止。对本方案有异议的，请于公告期内向"
                        + firstCase.getStation().getNameZh() + "提出" + (firstCase.getStation().getPhone() == null ? ""
                        : "（电话：" + firstCase.getStation().getPhone() + "）") + "；公告期满后依方案返还。");
        List<List<String>> rows = new ArrayList<>();
        int position = 1;
        for (ReturnShare share : plan.getShares()) {
            rows.add(List.of(String.valueOf(position++), share.getFraudCase().getCaseNumber().value(),
                    Masking.personName(share.getVictim().getName()), plain(share.getLoss()), plain(share.getTraced()),
                    plain(share.getProportional()), plain(share.getAmount())));
        }
        rows.add(List.of("合计", "", "", "", "", "", plain(plan.getAmount())));
        DocumentContent.Table table = new DocumentContent.Table(List.of("序号", "案件编号", "被害人", "损失金额（元）", "可确定归属（元）",
                "按比例（元）", "返还金额（元）"), rows);
        return new DocumentContent("RETURN_NOTICE", TITLE, number, null, List.of(), body, table, List.of("常州市公安局武进分局（印）"),
                Forms.day(plan.getApprovedAt()), null, null, null);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
