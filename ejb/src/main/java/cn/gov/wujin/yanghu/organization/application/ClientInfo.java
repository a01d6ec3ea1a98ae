package cn.gov.wujin.yanghu.organization.application;

/** What a person sees of the client a session or token belongs to. */
final class ClientInfo {

    private ClientInfo() {
    }

    static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip().replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
