package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** An active member of a station's staff who can be given a piece of work (a case, a patrol group, a project). */
@Schema(description = "A member of a station's staff whom work can be handed to.", requiredProperties = {"username", "displayName"})
public record OfficerChoice(@Schema(example = "liaison1") String username, @Schema(example = "李联络") String displayName) implements Serializable {
}
