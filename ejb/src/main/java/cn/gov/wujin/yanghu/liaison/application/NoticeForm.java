package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A targeted anti-fraud notice to the contacts of chosen enterprises. */
public class NoticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Long> enterpriseIds = new ArrayList<>();
    private String fraudType;
    private String audience;
    private String message;

    public List<Long> getEnterpriseIds() {
        return enterpriseIds;
    }

    public void setEnterpriseIds(List<Long> enterpriseIds) {
        this.enterpriseIds = enterpriseIds;
    }

    public String getFraudType() {
        return fraudType;
    }

    public void setFraudType(String fraudType) {
        this.fraudType = fraudType;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
