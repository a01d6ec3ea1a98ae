package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.PublicCaseLookup;
import cn.gov.wujin.yanghu.fraud.application.PublicCaseProgress;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * public/case.xhtml?code=: the progress of a case for the person who reported, by the receipt's
 * query code (prefilled from the receipt's QR code) and the last four digits of their phone.
 */
@Named
@ViewScoped
public class PublicCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicCaseLookup cases;

    @Inject
    private RequestOrigin origin;

    private String code;
    private String phoneLast4;
    private PublicCaseProgress found;

    public void lookUp() {
        try {
            // the client's address as the filter found it (behind a trusted proxy too): the page and the API count against one limit
            found = cases.lookUp(code, phoneLast4, origin.clientAddress());
        } catch (RecordNotFoundException e) {
            found = null;
            FacesErrors.error("publicCase.unknown");
        } catch (RuntimeException e) {
            found = null;
            FacesErrors.show(e, "lookup");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPhoneLast4() {
        return phoneLast4;
    }

    public void setPhoneLast4(String phoneLast4) {
        this.phoneLast4 = phoneLast4;
    }

    public PublicCaseProgress getFound() {
        return found;
    }
}
