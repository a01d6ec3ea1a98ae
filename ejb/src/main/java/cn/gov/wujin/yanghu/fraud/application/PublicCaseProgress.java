package cn.gov.wujin.yanghu.fraud.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What the public progress lookup shows: the case's status and the day of its last step, nothing else. */
public record PublicCaseProgress(String status, LocalDate lastStepOn) implements Serializable {
}
