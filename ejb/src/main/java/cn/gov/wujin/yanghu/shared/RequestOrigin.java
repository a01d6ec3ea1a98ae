package cn.gov.wujin.yanghu.shared;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from; the web tier fills it in, the audit trail reads it. */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
