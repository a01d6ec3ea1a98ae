package cn.gov.wujin.yanghu.shared;

/** A record that belongs to one police station: visible to that station's staff and the bureau only. */
public interface StationOwned {

    Long stationId();
}
