package cn.gov.wujin.yanghu.organization.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** Input for creating or changing a station. */
@Schema(description = "A station as the administrator creates or changes it.")
public class StationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2,8}", message = "{station.code.format}")
    @Schema(pattern = "^[A-Z]{2,8}$", description = "2 to 8 capital letters, unique. Never changed once created.", example = "HT")
    private String code;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "The name in Chinese (surrounding spaces are dropped).", example = "湖塘派出所")
    private String nameZh;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "The name in English (surrounding spaces are dropped).", example = "Hutang Police Station")
    private String nameEn;

    @Size(max = 200)
    @Schema(example = "武进区湖塘镇花园街100号")
    private String address;

    @Size(max = 30)
    @Schema(description = "The station's public phone, as it is written.", example = "0519-86501110")
    private String phone;

    @Schema(defaultValue = "true", description = "In service. Not read on creating: a new station is in service.")
    private boolean active = true;

    /** The version the user read; a save against a newer one is a conflict. */
    @Schema(description = "On a change, the version of the station as read; a newer one answers 409. Not read on creating.",
            example = "0")
    private long version;

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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
