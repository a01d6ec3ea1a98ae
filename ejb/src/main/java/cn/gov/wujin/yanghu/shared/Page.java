package cn.gov.wujin.yanghu.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a list read from the database, with the total number of matching rows. */
public record Page<T>(List<T> rows, long total) implements Serializable {
}
