package cn.gov.wujin.yanghu.web.pdf;

import cn.gov.wujin.yanghu.patrol.application.PointsService;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {

    static final PointsService.Certificate CERTIFICATE = new PointsService.Certificate("YHZY-2026-000042", "王小明", "湖塘派出所",
            "Hutang Police Station", List.of("湖塘一组", "湖塘夜巡队"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 28), 1234,
            new BigDecimal("2468.5"), new BigDecimal("10500.0"), 7, Instant.parse("2026-12-06T03:00:00Z"));

    static byte[] pdf(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(CERTIFICATE, locale, out);
        return out.toByteArray();
    }

    @Test
    void theCertificateStatesItsNumberPeriodIssuerAndAPlaceForTheSeal() throws Exception {
        String zh = new PdfTextExtractor(new PdfReader(pdf(Locale.SIMPLIFIED_CHINESE))).getTextFromPage(1);
        assertThat(zh.replaceAll("\\s", "")).contains("证书编号：YHZY-2026-000042").contains("服务期间：2026年3月1日至2026年11月28日")
                .contains("出具单位：常州市公安局武进分局湖塘派出所").contains("（盖章）").contains("出具日期：2026年12月6日")
                .contains("1,234").contains("2,468.5").contains("10,500.0");
        List<String> lines = Arrays.stream(zh.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).as("Chinese line breaking").noneMatch(l -> PdfText.CLOSING.indexOf(l.charAt(0)) >= 0 && l.charAt(0) > 0x2000)
                .noneMatch(l -> PdfText.OPENING.indexOf(l.charAt(l.length() - 1)) >= 0);

        String en = new PdfTextExtractor(new PdfReader(pdf(Locale.ENGLISH))).getTextFromPage(1);
        assertThat(en).contains("Certificate no. YHZY-2026-000042").contains("1 March 2026").contains("28 November 2026")
                .contains("Hutang Police Station, Wujin Branch").contains("(Seal)");
    }
}
