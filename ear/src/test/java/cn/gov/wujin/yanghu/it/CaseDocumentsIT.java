package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure's documents: a case walked through acceptance, filing and a freeze, and another
 * not filed; each PDF fetched, its first page rendered to a screenshot, its text and number read,
 * its serif font embedded; numbers kept for reprints and counted per station, year and series;
 * 409 for a kind the case's state does not allow yet; the audit rows of generation and reprint.
 */
class CaseDocumentsIT extends DeployedApplication {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private Api admin;
    private Api officer;
    private Api head;
    private Api auxiliary;

    @BeforeEach
    void aStationWithItsPeople() {
        admin = Api.demo("admin");
        long station = Fixtures.station(admin); // 测试派出所…: its documents are numbered 武公(测)
        officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        auxiliary = Api.as(Fixtures.account(admin, station, "AUXILIARY"), Fixtures.PASSWORD);
    }

    @Test
    void aCaseAcceptedFiledAndFrozenHasItsDocumentsNumberedOnceAndAnotherCaseTheNext() throws IOException {
        long caseId = report("王丽");
        // before acceptance: nothing can be produced
        assertThat(officer.get(documents(caseId)).array()).allMatch(d -> !((JsonObject) d).getBoolean("available"));
        Api.Reply tooEarly = refusal(officer, documents(caseId) + "/ACCEPTANCE_RECEIPT");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().getString("message")).contains("受案回执");

        JsonObject accepted = step(officer, caseId, "ACCEPT", null);
        String receiptCode = accepted.getString("receiptCode");

        String registration = number("受", 1);
        assertThat(pdf(officer, caseId, "CASE_REGISTRATION", "").text()).contains("受案登记表").contains(registration).contains("王丽")
                .contains(receiptCode);
        Pdf receipt = pdf(officer, caseId, "ACCEPTANCE_RECEIPT", "");
        assertThat(receipt.text()).as("the registration and the receipt share the 受案 number").contains("受案回执").contains(registration)
                .contains(receiptCode).contains("/public/case.xhtml?code=" + receiptCode);
        assertThat(receipt.pages()).as("the receipt's stub on a page of its own").isEqualTo(2);
        assertThat(pdf(officer, caseId, "ACCEPTANCE_RECEIPT", "").text()).as("a reprint keeps its number").contains(registration);
        assertThat(pdf(auxiliary, caseId, "ACCEPTANCE_RECEIPT", "").text()).as("front-desk paper").contains(registration);

        assertThat(refusal(officer, documents(caseId) + "/FILING_DECISION").status()).as("not filed yet").isEqualTo(409);
        assertThat(pdf(officer, caseId, "FILING_REPORT", "").text()).contains("呈请立案报告书").contains(number("呈", 1)).contains("妥否，请批示");
        step(head, caseId, "FILE", null);
        assertThat(pdf(head, caseId, "FILING_DECISION", "").text()).contains("立案决定书").contains(number("立", 1)).contains("立案侦查");
        assertThat(refusal(officer, documents(caseId) + "/NOT_FILING_NOTICE").status()).isEqualTo(409);

        long stop = freeze(caseId);
        assertThat(refusal(officer, documents(caseId) + "/FREEZE_NOTICE").status()).as("which stop-payment").isEqualTo(400);
        assertThat(refusal(officer, documents(caseId) + "/RENEWAL_NOTICE?stopPayment=" + stop).status()).as("not renewed").isEqualTo(409);
        assertThat(refusal(auxiliary, documents(caseId) + "/FREEZE_NOTICE?stopPayment=" + stop).status()).isEqualTo(403);
        assertThat(refusal(officer, documents(caseId) + "/FREEZE_NOTICE?stopPayment=999999999").status()).isEqualTo(404);
        assertThat(refusal(officer, documents(caseId) + "/NO_SUCH_KIND").status()).isEqualTo(404);
        assertThat(pdf(officer, caseId, "FREEZE_NOTICE", "?stopPayment=" + stop).text()).contains("协助冻结财产通知书")
                .contains(number("冻", 1)).contains("某银行：").contains("6222111122223333").contains("30,000.50元");

        // the list: what is available now, with the numbers issued
        JsonArray listed = officer.get(documents(caseId)).array();
        assertThat(entry(listed, "CASE_REGISTRATION", null).getString("number")).isEqualTo(registration);
        assertThat(entry(listed, "FILING_DECISION", null).getBoolean("available")).isTrue();
        assertThat(entry(listed, "NOT_FILING_NOTICE", null).getBoolean("available")).isFalse();
        assertThat(entry(listed, "FREEZE_NOTICE", stop).getString("number")).isEqualTo(number("冻", 1));
        assertThat(entry(listed, "RENEWAL_NOTICE", stop).getBoolean("available")).isFalse();
        assertThat(auxiliary.get(documents(caseId)).array().stream().map(v -> (JsonObject) v)
                .filter(d -> d.getBoolean("available")).map(d -> d.getString("kind")))
                .containsExactlyInAnyOrder("CASE_REGISTRATION", "ACCEPTANCE_RECEIPT");

        // the audit trail: each first generation issued a number, each further one is a reprint
        List<JsonObject> trail = officer.get("fraud-cases/" + caseId + "/audit").array().stream().map(v -> (JsonObject) v)
                .filter(e -> "CaseDocument".equals(e.getString("entityType"))).toList();
        assertThat(trail.stream().filter(e -> e.getString("action").equals("DOCUMENT_ISSUED"))).hasSize(5);
        assertThat(trail.stream().filter(e -> e.getString("action").equals("DOCUMENT_REPRINTED"))).hasSize(2)
                .allMatch(e -> e.getString("summary").contains("ACCEPTANCE_RECEIPT " + registration));

        // another case of the station, not filed: the next 受案 number, and the notice with the reason and the days to object
        long other = report("李强");
        step(officer, other, "ACCEPT", null);
        step(head, other, "NOT_FILE", "没有犯罪事实");
        assertThat(pdf(officer, other, "CASE_REGISTRATION", "").text()).contains(number("受", 2)).doesNotContain(registration);
        assertThat(refusal(officer, documents(other) + "/FILING_DECISION").status()).isEqualTo(409);
        assertThat(pdf(officer, other, "NOT_FILING_NOTICE", "").text()).contains("不予立案通知书").contains(number("不立", 1))
                .contains("李强：").contains("没有犯罪事实").contains("7日以内").contains("申请复议");
    }

    @Test
    void anotherStationSeesNoneOfTheDocuments() {
        long caseId = report("张三");
        step(officer, caseId, "ACCEPT", null);
        Api stranger = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);
        assertThat(stranger.get(documents(caseId)).status()).isEqualTo(404);
        assertThat(refusal(stranger, documents(caseId) + "/ACCEPTANCE_RECEIPT").status()).isEqualTo(404);
    }

    /** A document asked for as a PDF client asks (any type), answered with a refusal: its status and JSON body. */
    private static Api.Reply refusal(Api who, String path) {
        HttpResponse<byte[]> r = who.download(path);
        return new Api.Reply(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), null);
    }

    private static String documents(long caseId) {
        return "fraud-cases/" + caseId + "/documents";
    }

    private static String number(String series, int serial) {
        return "武公(测)" + series + "字〔" + YEAR + "〕" + serial + "号";
    }

    private long report(String victim) {
        String anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
        Api.Reply created = officer.post("fraud-cases", Json.createObjectBuilder()
                .add("fraudType", "ORDER_BRUSHING").add("reportedAt", anHourAgo).add("narrative", "受害人在QQ群看到刷单广告，按要求转账。")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", victim).add("phone", "13912342468")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", anHourAgo)
                        .add("amount", "50000.00").add("channel", "BANK_CARD").add("toAccount", "6222 1111 2222 3333").add("toBank", "某银行")))
                .build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private static JsonObject step(Api who, long caseId, String action, String reason) {
        var body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Reply reply = who.post("fraud-cases/" + caseId + "/transitions", body.build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private long freeze(long caseId) {
        JsonObject requested = officer.post("fraud-cases/" + caseId + "/stop-payments", Json.createObjectBuilder()
                .add("bank", "某银行").add("account", "6222 1111 2222 3333").add("amountRequested", "50000.00").build()).json();
        long stop = requested.getJsonObject("money").getJsonArray("stopPayments").getJsonObject(0).getJsonNumber("id").longValue();
        String outcome = "fraud-cases/" + caseId + "/stop-payments/" + stop + "/outcome";
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("amount", "30000.50").build()).status()).isEqualTo(200);
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("freeze", true).add("amount", "30000.50").build()).status())
                .isEqualTo(200);
        return stop;
    }

    private static JsonObject entry(JsonArray listed, String kind, Long stopPayment) {
        return listed.stream().map(v -> (JsonObject) v).filter(d -> d.getString("kind").equals(kind))
                .filter(d -> stopPayment == null ? !d.containsKey("stopPayment") || d.get("stopPayment") == JsonValue.NULL
                        : d.getJsonNumber("stopPayment").longValue() == stopPayment)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + listed));
    }

    /** The PDF's first page's text (without spaces) and its page count. */
    record Pdf(String text, int pages) {
    }

    /**
     * Fetches the document, checks it is a PDF whose fonts are embedded subsets of the serif font,
     * renders its first page as a screenshot (document-KIND.png) and reads its first page's text.
     */
    static Pdf pdf(Api who, long caseId, String kind, String query) throws IOException {
        return pdfAt(who, documents(caseId) + "/" + kind + query, kind);
    }

    /** As {@link #pdf}, for a document at any address; its first page is saved as document-{@code screenshot}.png. */
    static Pdf pdfAt(Api who, String path, String screenshot) throws IOException {
        HttpResponse<byte[]> response = who.download(path);
        assertThat(response.statusCode()).as(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("A4").isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            int fonts = 0;
            for (COSName name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("a subset of the serif font").matches("[A-Z]{6}\\+.*").containsIgnoringCase("UMing");
                fonts++;
            }
            assertThat(fonts).isPositive();
            Path dir = Path.of(System.getProperty("yanghu.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png", dir.resolve("document-" + screenshot + ".png").toFile());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return new Pdf(stripper.getText(document).replaceAll("\\s", ""), document.getNumberOfPages());
        }
    }
}
