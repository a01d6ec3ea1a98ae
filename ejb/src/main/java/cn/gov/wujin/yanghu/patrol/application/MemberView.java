package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDate;

/** A member on a roster; the phone is masked, and shown to staff only. */
@Schema(description = "A member on a roster. Staff see every member with phone (masked) and skills; fellow members see the active "
        + "members' names and kinds only.")
public record MemberView(
        @Schema(required = true, description = "The member's id on this roster (not an account id).") long id,
        @Schema(description = "The member's account, when they have one (volunteers who use the phone pages).") String username,
        @Schema(required = true) String name,
        @Schema(required = true, type = SchemaType.STRING, implementation = MemberKind.class) String kind,
        @Schema(description = "Staff only, masked.", example = "138****5678") String phone,
        @Schema(description = "Staff only.") String skills,
        @Schema(required = true) LocalDate joinedOn,
        @Schema(required = true, description = "false: left the group.") boolean active,
        @Schema(required = true, description = "The version read: send it back with a change.") long version) implements Serializable {
}
