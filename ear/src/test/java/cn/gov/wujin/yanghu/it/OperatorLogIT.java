package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a refused call leaves in the server log: one line (who, what, why), no stack, and no
 * container stack for a missing role (AccessLocalException, 8 KB each before).
 */
class OperatorLogIT extends DeployedApplication {

    @Test
    void aRefusedCallWritesOneLineAndNoStack() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String officerName = Fixtures.account(admin, station, "OFFICER");
        Api officer = Api.as(officerName, Fixtures.PASSWORD);

        // 403: a role the service does not allow (the EJB container refuses the call)
        List<String> forbidden = linesOf(() -> officer.get("sms-outbox").status(), 403, "/api/v1/sms-outbox");
        assertThat(forbidden).singleElement().asString().contains("403 GET /api/v1/sms-outbox by " + officerName + " from ");
        // 404, 400 and 409: the service's own refusals
        assertThat(linesOf(() -> officer.get("tips/987654321").status(), 404, "/api/v1/tips/987654321")).hasSize(1);
        assertThat(linesOf(() -> admin.put("admin/trusted-proxies", Json.createObjectBuilder().add("value", "not-an-address")
                .add("version", 0).build()).status(), 400, "/api/v1/admin/trusted-proxies")).singleElement().asString()
                .contains("invalid_input (value)");
        // a page the role may not open: its 403 page, one line
        PageSession page = PageSession.signIn(officerName, Fixtures.PASSWORD);
        assertThat(linesOf(() -> page.get("admin/accounts.xhtml").status(), 403, "/admin/accounts.xhtml")).hasSizeLessThanOrEqualTo(1);
    }

    /**
     * Calls, checks the status, and returns the log lines written meanwhile that name the path;
     * fails on any stack or AccessLocalException among all the lines written meanwhile.
     */
    private static List<String> linesOf(Supplier<Integer> call, int status, String path) throws Exception {
        Path log = TestEnv.serverLog();
        long before = Files.size(log);
        assertThat(call.get()).isEqualTo(status);
        List<String> written = List.of();
        for (int i = 0; i < 30; i++) { // the log handler writes from its own thread
            Thread.sleep(100);
            written = tail(log, before);
            if (written.stream().anyMatch(l -> l.contains(path))) {
                break;
            }
        }
        Thread.sleep(300); // anything a second writer (the container) would add comes right after
        written = tail(log, before);
        assertThat(written).as("no stack for a refusal").noneMatch(l -> l.startsWith("\tat ") || l.contains("AccessLocalException")
                || l.contains("EJBAccessException"));
        return written.stream().filter(l -> l.contains(path)).toList();
    }

    private static List<String> tail(Path log, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            if (length < from) {
                from = 0; // rotated meanwhile
            }
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            return Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isBlank()).toList();
        }
    }
}
