package cn.gov.wujin.yanghu.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@link NumberText} for the pages: {@code #{numbers.amount(c.totalLoss())}}, {@code #{numbers.count(t.reports())}}. */
@Named
@ApplicationScoped
public class Numbers {

    public String amount(Object value) {
        return NumberText.amount(value);
    }

    public String count(Object value) {
        return NumberText.count(value);
    }

    public String number(Object value) {
        return NumberText.number(value);
    }

    /** An amount in 万元 with one decimal and separators: "120,000.0". */
    public String tenThousands(Object value) {
        return NumberText.number(NumberText.tenThousands(value));
    }
}
