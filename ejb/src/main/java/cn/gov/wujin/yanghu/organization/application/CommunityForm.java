package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** Input for a community or village. */
@Schema(description = "A community or village as the administrator creates it.")
public class CommunityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Schema(description = "The station whose area it is in.", example = "1")
    private Long stationId;

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "{community.code.format}")
    @Schema(pattern = "^[A-Za-z0-9-]{1,20}$", description = "1 to 20 letters, digits or hyphens, unique within the station.",
            example = "HT-HY")
    private String code;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "The name in Chinese (surrounding spaces are dropped).", example = "花园社区")
    private String nameZh;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "The name in English (surrounding spaces are dropped).", example = "Huayuan Community")
    private String nameEn;

    // absent keeps the default: @NotNull refuses only an explicit null, so the document must not call it required
    @NotNull
    @Schema(required = false, defaultValue = "COMMUNITY", description = "社区 COMMUNITY in towns and streets, 村 VILLAGE in the countryside; "
            + "default COMMUNITY (null is refused).")
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
