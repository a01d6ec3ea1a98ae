package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** Input for a community or village. */
public class CommunityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long stationId;

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "{community.code.format}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    @NotBlank
    @Size(max = 100)
    private String nameEn;

    @NotNull
    private CommunityKind kind = CommunityKind.COMMUNITY;

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public CommunityKind getKind() {
        return kind;
    }

    public void setKind(CommunityKind kind) {
        this.kind = kind;
    }
}
