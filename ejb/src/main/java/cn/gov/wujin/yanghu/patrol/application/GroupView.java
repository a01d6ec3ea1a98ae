package cn.gov.wujin.yanghu.patrol.application;

/** A patrol group as lists and pages show it. */
public record GroupView(long id, String name, String stationCode, Long communityId, String leadingOfficer,
                        String leadingOfficerName, boolean active, long members, long version) {
}
