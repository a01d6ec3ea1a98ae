package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Input for creating or changing an account. On a change, a blank phone, ID-card number or
 * password keeps the stored one (the form shows them masked).
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}", message = "{account.username.format}")
    private String username;

    @NotBlank
    @Size(max = 60)
    private String displayName;

    /** Null for a bureau-level account. */
    private Long stationId;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Pattern(regexp = "(\\+?86)?1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "{account.phone.format}")
    private String phone;

    @Size(max = 18)
    private String idCardNumber;

    @Size(max = 200)
    private String password;

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
