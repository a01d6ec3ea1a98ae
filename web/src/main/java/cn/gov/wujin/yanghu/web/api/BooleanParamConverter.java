package cn.gov.wujin.yanghu.web.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Yes-or-no parameters ({@code ?full=true}, {@code ?overdue=false}) take true or false, as the
 * API document says. Jersey by itself reads any other text as false, so {@code full=1} or
 * {@code overdue=yes} quietly did the opposite of what was asked; now such a value is a 400
 * naming the parameter, like any parameter that does not convert (RefusalMapper).
 */
@Provider
public class BooleanParamConverter implements ParamConverterProvider {

    private static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            return switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                // Jersey turns this into the parameter's ParamException, which RefusalMapper answers 400
                default -> throw new IllegalArgumentException("not true or false: " + value);
            };
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == boolean.class || rawType == Boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}
