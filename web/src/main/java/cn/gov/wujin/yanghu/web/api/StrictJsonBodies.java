package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a JSON body against the form it is bound to before JSON-B binds it. The binding is
 * lenient where a person's input must not be: it turns true or [1, "x"] into the text "x",
 * "１２３" into 123 and an array into its first object, and a wrong enum or date loses the
 * property's name. Here every value must have its form's type (text, whole number, amount,
 * date, one of the listed values, a list, an object), and a refusal names the field the way
 * validation does (victims[0].idNumber).
 * <p>
 * The body is parsed once: the checked tree is bound directly (Yasson's
 * {@code fromJsonStructure}); only where that is missing is the body read again by JSON-B.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    /** Forms are small; a larger JSON body is refused before it is parsed. */
    static final int MAX_BYTES = 1 << 20;

    /** Deeper than any form: a flood of brackets is refused, not parsed. */
    private static final int MAX_DEPTH = 32;

    /**
     * Made once: {@code Json.createReader} looks the provider up through the ServiceLoader on every
     * call, which scans the server's class loaders (a fifth of the CPU of a tip's intake).
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Configured as JAX-RS's own JSON-B provider is (the defaults), so binding here binds the same. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Yasson's binding of an already parsed tree, or null under another JSON-B implementation. */
    private static final Method FROM_STRUCTURE = fromStructure();

    private static Method fromStructure() {
        for (Class<?> type : JSONB.getClass().getInterfaces()) {
            try {
                return type.getMethod("fromJsonStructure", JsonStructure.class, Type.class);
            } catch (NoSuchMethodException e) {
                // not this interface: Jsonb's own, or another
            }
        }
        return null;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
        if (!json || !isForm(rawClass(context.getGenericType()))) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (RuntimeException e) { // Parsson refuses too deep nesting with a plain RuntimeException
            throw new InvalidInputException("body", "error.body.notJson");
        }
        if (!(value instanceof JsonObject)) {
            throw new InvalidInputException("body", "error.body.notJson");
        }
        check(value, context.getGenericType(), "", 0);
        if (FROM_STRUCTURE != null) {
            try {
                return FROM_STRUCTURE.invoke(JSONB, value, context.getGenericType());
            } catch (InvocationTargetException e) { // the binding's own refusal (JsonbException), mapped as JAX-RS's would be
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException("body", "error.body.tooLarge", MAX_BYTES / 1024);
        }
        return body;
    }

    /** A form of this application, bound property by property (not a raw JSON value, text or a list of lines). */
    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("cn.gov.wujin.yanghu.") && !type.isEnum();
    }

    private static void check(JsonValue value, Type type, String path, int depth) {
        if (value == JsonValue.NULL) {
            return; // required fields are Bean Validation's (@NotNull names them)
        }
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException("body", "error.body.notJson");
        }
        Class<?> raw = rawClass(type);
        String field = path.isEmpty() ? "body" : path;
        if (raw == String.class || raw == Character.class || raw == char.class) {
            require(value instanceof JsonString, field);
            if (!ParameterText.storable(((JsonString) value).getString())) {
                throw new InvalidInputException(field, "error.text.unstorable", field);
            }
        } else if (raw.isEnum()) {
            String[] names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
            if (!(value instanceof JsonString s) || !Arrays.asList(names).contains(s.getString())) {
                throw new InvalidInputException(field, "error.body.notOneOf", field, String.join(", ", names));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            require(value == JsonValue.TRUE || value == JsonValue.FALSE, field);
        } else if (isWholeNumber(raw)) {
            require(value instanceof JsonNumber n && n.isIntegral(), field);
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            require(value instanceof JsonNumber, field);
        } else if (raw == BigDecimal.class || raw == BigInteger.class) {
            // a decimal in a string is written as amounts are: no exponent, no full-width digits
            require(value instanceof JsonNumber || value instanceof JsonString s && Amount.isDecimalText(s.getString()), field);
        } else if (Temporal.class.isAssignableFrom(raw) || TemporalAccessor.class.isAssignableFrom(raw)) {
            require(value instanceof JsonString s && parses(raw, s.getString()), field);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            require(value instanceof JsonArray, field);
            Type element = elementType(type);
            JsonArray array = (JsonArray) value;
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", depth + 1);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            require(value instanceof JsonObject, field);
        } else if (isForm(raw)) {
            require(value instanceof JsonObject, field);
            Map<String, Type> properties = PROPERTIES.get(raw);
            for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
                Type property = properties.get(entry.getKey());
                if (property != null) { // unknown properties are ignored, as JSON-B does
                    check(entry.getValue(), property, path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), depth + 1);
                }
            }
        }
    }

    private static void require(boolean holds, String field) {
        if (!holds) {
            throw new InvalidInputException(field, "error.body.wrongType", field);
        }
    }

    private static boolean isWholeNumber(Class<?> raw) {
        return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Short.class
                || raw == short.class || raw == Byte.class || raw == byte.class;
    }

    /** Dates and times in the ISO forms JSON-B reads by default. */
    private static boolean parses(Class<?> temporal, String text) {
        try {
            PARSE.get(temporal).invoke(null, text);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** A temporal type's {@code parse(CharSequence)}, looked up once per type (this runs for every date of every body). */
    private static final ClassValue<Method> PARSE = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> temporal) {
            try {
                return temporal.getMethod("parse", CharSequence.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(temporal + " has no parse(CharSequence)", e);
            }
        }
    };

    /**
     * A form's properties by name and type, read by reflection once per class (this runs on
     * every JSON request): its fields, and the properties of its public setters, which name a
     * property that no field could (a form's "case").
     */
    private static final ClassValue<Map<String, Type>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> form) {
            Map<String, Type> properties = new HashMap<>();
            for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                        properties.putIfAbsent(f.getName(), f.getGenericType());
                    }
                }
            }
            for (Method m : form.getMethods()) {
                if (m.getName().length() > 3 && m.getName().startsWith("set") && m.getParameterCount() == 1
                        && !Modifier.isStatic(m.getModifiers())) {
                    String name = m.getName().substring(3);
                    properties.putIfAbsent(Character.toLowerCase(name.charAt(0)) + name.substring(1), m.getGenericParameterTypes()[0]);
                }
            }
            return Map.copyOf(properties);
        }
    };

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(rawClass(a.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    private static Type elementType(Type collection) {
        if (collection instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        if (collection instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        Class<?> raw = rawClass(collection);
        return raw.isArray() ? raw.getComponentType() : Object.class;
    }
}
