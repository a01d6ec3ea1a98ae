package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Dates in query strings: {@code 2026-11-27} and {@code 2026-11-27T08:00:00+08:00}. A bad
 * value is a 400 naming the parameter, like any other invalid input.
 */
@Provider
public class TimeParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = "value";
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            }
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "validation.date");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, OffsetDateTime::parse, "validation.dateTime");
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, String messageKey) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(name, messageKey, value);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
