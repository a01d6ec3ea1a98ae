package cn.gov.wujin.yanghu.fraud.application;

import java.io.Serializable;
import java.util.List;

/**
 * Another case sharing suspect identifiers (串并案). A case of a station the caller may not
 * see shows only its number, station and the shared identifiers: {@code id}, {@code status}
 * and {@code fraudType} are null then and {@code visible} is false.
 */
public record LinkedCase(Long id, String caseNumber, String stationCode, boolean visible, String status, String fraudType,
                         List<FraudCaseView.Identifier> sharedIdentifiers) implements Serializable {
}
