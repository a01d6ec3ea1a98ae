package cn.gov.wujin.yanghu.web.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a deployment group, sessions and the views kept in them travel to the other instance
 * through the data grid. Every session- and view-scoped bean must therefore serialize: each one
 * found in the compiled classes is written and read back, and every field it keeps (the types
 * inside lists and maps, and the fields of records and forms, all the way down) must be of a
 * serializable type. Injected services are proxies the container serializes as references.
 */
class SessionStateSerializationTest {

    @Test
    void everySessionAndViewScopedBeanSerializesWithAllItKeeps() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertThat(beans).as("session- and view-scoped beans found in target/classes").hasSizeGreaterThan(25);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            Set<Type> seen = new HashSet<>();
            for (Field field : keptFields(bean)) {
                if (!field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)) {
                    check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), seen, problems);
                }
            }
            roundTrip(bean, problems);
        }
        assertThat(problems).as("state that would not reach the other instance").isEmpty();
    }

    private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateSerializationTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static List<Field> keptFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    /** The declared type, its type arguments, and for the application's own classes their fields. */
    private static void check(Type type, String where, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, seen, problems);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where + "<>", seen, problems);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, seen, problems);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return; // a type variable: its uses are checked where it is bound
        }
        if (c.isArray()) {
            check(c.getComponentType(), where + "[]", seen, problems);
            return;
        }
        boolean container = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
        if (!c.isPrimitive() && !Serializable.class.isAssignableFrom(c) && !(container && c.isInterface())
                && c != Object.class) {
            problems.add(where + ": " + c.getName() + " is not serializable");
        }
        // the application's own types, down to where they extend a library's (whose fields are its own concern)
        for (Class<?> own = c; own != null && own.getName().startsWith("cn.gov.wujin.yanghu."); own = own.getSuperclass()) {
            for (Field f : own.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    check(f.getGenericType(), where + "." + f.getName(), seen, problems);
                }
            }
        }
    }

    /** A fresh instance, with what its constructor and field initializers make, written and read back. */
    private static void roundTrip(Class<?> bean, List<String> problems) {
        try {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(instance);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).isInstanceOf(bean);
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            problems.add(bean.getSimpleName() + ": " + e);
        }
    }
}
