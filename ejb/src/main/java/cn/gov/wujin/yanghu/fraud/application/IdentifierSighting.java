package cn.gov.wujin.yanghu.fraud.application;

import java.io.Serializable;

/** An identifier as normalised, whether it is valid for its kind, and in how many other cases it appears. */
public record IdentifierSighting(String type, String normalized, boolean valid, long otherCases) implements Serializable {
}
