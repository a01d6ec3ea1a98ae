package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;
import java.util.List;

/**
 * What the browser needs for a WebAuthn ceremony (all byte values base64url): the challenge,
 * stored for one use; the relying party; for a registration the user and the keys it has already,
 * for a sign-in the keys it may use.
 */
public record KeyOptions(String challenge, String rpId, String userId, String userName, String displayName,
                         List<String> credentialIds) implements Serializable {

    /** As the page's script reads it (a data attribute). */
    public String toJson() {
        StringBuilder ids = new StringBuilder();
        for (String id : credentialIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return "{\"challenge\":\"" + challenge + "\",\"rpId\":" + quote(rpId) + ",\"userId\":" + quote(userId)
                + ",\"userName\":" + quote(userName) + ",\"displayName\":" + quote(displayName) + ",\"credentialIds\":[" + ids + "]}";
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
