package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Yes/no parameters take {@code true} or {@code false} only. JAX-RS alone reads anything else
 * as false, so {@code ?active=maybe} would quietly answer the inactive records: a 400 naming
 * the parameter instead, like any other invalid input.
 */
@Provider
public class BooleanParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != boolean.class && rawType != Boolean.class) {
            return null;
        }
        String name = "value";
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            } else if (a instanceof PathParam p) {
                name = p.value();
            }
        }
        String parameter = name;
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null || value.isBlank()) {
                    return rawType == boolean.class ? Boolean.FALSE : null;
                }
                return switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new InvalidInputException(parameter, "validation.boolean", value, parameter);
                };
            }

            @Override
            public String toString(Boolean value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
