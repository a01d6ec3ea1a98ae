package cn.gov.wujin.yanghu.shared;

import jakarta.persistence.TypedQuery;

import java.util.Map;

/**
 * A list's WHERE clause and its parameters, written once and bound to each query that needs it:
 * the page of the list, its total, and the count a home page shows.
 */
public record Conditions(String jpql, Map<String, Object> parameters) {

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
