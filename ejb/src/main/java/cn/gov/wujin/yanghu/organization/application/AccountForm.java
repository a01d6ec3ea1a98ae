package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Input for creating or changing an account. On a change, a blank phone, ID-card number or
 * password keeps the stored one (the form shows them masked).
 */
@Schema(description = "An account as the administrator creates or changes it.")
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}", message = "{account.username.format}")
    @Schema(pattern = "^\\s*[A-Za-z][A-Za-z0-9._-]{2,39}\\s*$", description = "3 to 40 characters: a letter, then letters, "
            + "digits, dots, underscores or hyphens; stored in lower case, surrounding spaces dropped. Unique. Never changed "
            + "once created.", example = "ht.officer7")
    private String username;

    @NotBlank
    @Size(max = 60)
    @Schema(description = "The person's name, as colleagues see it.", example = "王建国")
    private String displayName;

    /** Null for a bureau-level account. */
    @Schema(description = "The station; absent for a bureau-level account (ADMIN, a bureau SUPERVISOR).", example = "1")
    private Long stationId;

    @Schema(required = true, minItems = 1, description = "What the person does; at least one.")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Pattern(regexp = "(\\+?86)?1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "{account.phone.format}")
    @Schema(pattern = "^(\\s*|(\\+?86)?1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8})$", description = "A mobile number (11 digits, "
            + "optionally after +86 or 86) or a landline with its area code (0519-86661234); spaces are dropped first. "
            + "Blank: none, or on a change the stored one stays. Text messages go to it.", example = "13961201234")
    private String phone;

    @Size(max = 18)
    @Schema(pattern = "^(\\s*|[0-9]{17}[0-9Xx])$", description = "A resident ID-card number (居民身份证号码): 18 characters, a "
            + "valid birth date and the check character of GB 11643-1999. Blank: none, or on a change the stored one stays.",
            example = "320412198503121233")
    private String idCardNumber;

    @Size(max = 200)
    @Schema(description = "Required on creating: at least 10 characters with letters and digits. On a change, blank or absent "
            + "keeps the password; anything else replaces it under the same rule.", example = "Hutang2026start")
    private String password;

    @Schema(description = "On a change, the version of the account as read; a newer one answers 409. Not read on creating.",
            example = "1")
    private long version;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s]", "");
    }

    public String getIdCardNumber() {
        return idCardNumber;
    }

    public void setIdCardNumber(String idCardNumber) {
        this.idCardNumber = idCardNumber == null || idCardNumber.isBlank() ? null : idCardNumber;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
