package cn.gov.wujin.yanghu.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** One record found: what it is, a title, and a snippet of its text with the words found marked. */
@Schema(name = "SearchHit", description = "One record found, which the caller may open.")
public record SearchHit(
        @Schema(required = true, description = "What the record is.", enumeration = {"CASE", "TIP", "LEAD", "VISIT", "REQUEST",
                "ENTERPRISE", "PROJECT"}) SearchKind kind,
        @Schema(required = true, description = "The record's id (of its kind).", example = "1042") long id,
        @Schema(required = true, description = "A case's number, a tip's place, a lead's person (masked: 张** 138****5678), a visit's "
                + "project, a request's enterprise, an enterprise's or a project's name.", example = "HT-2026-000123") String title,
        @Schema(required = true, description = "Up to 120 characters of the record's text around the first word found, as HTML: the "
                + "text escaped, each word found in a <mark> element; ID-card numbers, phones and accounts in it masked as on the "
                + "lists.", example = "…老人在<mark>养老</mark>院听讲座后转账…") String snippet,
        @Schema(description = "The code of the record's station; none for a tip the bureau has not sent to a station yet.",
                example = "HT") String stationCode,
        @Schema(required = true, description = "When it happened: reported, sent, received, visited or registered.")
        Instant at,
        @Schema(required = true, description = "The page of the application that shows it.",
                example = "/fraud/case.xhtml?id=1042") String page) implements Serializable {
}
