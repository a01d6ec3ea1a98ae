package cn.gov.wujin.yanghu.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * True and false positives of the extraction, one row each: the text and what it names
 * ("" for nothing). SearchIT checks that extract_identifiers (V31) answers the same for a few.
 */
class IdentifierExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // phones
            "对方电话13812345678                           | PHONE:13812345678",
            "对方电话 138 1234 5678                        | PHONE:13812345678",
            "打来的是+86-139-0000-1111                     | PHONE:13900001111",
            "0086 13900001111                             | PHONE:13900001111",
            "订单号 2013812345678999                       | ''",
            "单号813812345678                              | ''",
            "座机 0519-88881234                            | ''",
            "12812345678 不是手机号段                       | ''",
            // bank accounts: 16-19 digits with a valid Luhn digit, not an ID-card number
            "转到卡号 6222 0200 1234 5678 903              | BANK_ACCOUNT:6222020012345678903",
            "转到 6217001234567893                         | BANK_ACCOUNT:6217001234567893",
            "转到卡号 6222020012345678905（写错了）          | ''",
            "身份证 110105194912310029                      | ''",
            "金额 1000000000000000 元                       | ''",
            // payment, WeChat, QQ only after their keyword
            "支付宝账号：Pay.Me@163.com                     | PAYMENT_ACCOUNT:pay.me@163.com",
            "支付宝 13700001111                            | PHONE:13700001111,PAYMENT_ACCOUNT:13700001111",
            "加微信号：Abc_12345 聊                          | WECHAT:abc_12345",
            "vx: kefu-8888a                               | WECHAT:kefu-8888a",
            "微信 12345                                   | ''",
            "QQ号 12345678 拉群                             | QQ:12345678",
            "qq:0123456                                   | ''",
            "共 12345678 元                                | ''",
            // URLs with a known top-level domain, not an e-mail's
            "网址 https://www.Fake-Bank.com/Login/          | URL:fake-bank.com/Login",
            "打开 abc.xyz 下载                              | URL:abc.xyz",
            "邮箱 someone@qq.com                           | ''",
            "版本 v1.2.3                                   | ''",
            // app names, quoted before APP / 软件 / 客户端
            "下载了“稳赚 理财”APP                            | APP:稳赚 理财",
            "安装《安全防护》软件                             | APP:安全防护",
            "他说“你好”然后挂了                              | ''"})
    void findsWhatTheTextNamesAndNothingElse(String text, String expected) {
        assertThat(IdentifierExtraction.extract(text).stream().map(f -> f.type() + ":" + f.value()).collect(Collectors.joining(",")))
                .isEqualTo(expected);
    }
}
