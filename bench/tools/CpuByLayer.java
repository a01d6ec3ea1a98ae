import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the server's CPU went, by layer of the container: reads a JFR recording's execution
 * samples and gives each sample to the layer of its innermost frame that is not the JDK's own
 * (a HashMap lookup made by Weld counts as Weld). Prints each layer's share of the samples and,
 * with the requests served during the recording, its CPU per request.
 * Usage: java CpuByLayer.java RECORDING.jfr [JVM-CPU-SECONDS REQUESTS]
 */
public class CpuByLayer {

    /** Most specific first: the first prefix a class name starts with names its layer. */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"org.postgresql.", "JDBC driver (PostgreSQL)"},
            new String[] {"com.sun.gjc.", "connection pool"},
            new String[] {"com.sun.enterprise.resource.", "connection pool"},
            new String[] {"org.eclipse.persistence.", "JPA (EclipseLink)"},
            new String[] {"org.hibernate.validator.", "Bean Validation"},
            new String[] {"jakarta.validation.", "Bean Validation"},
            new String[] {"org.eclipse.yasson.", "JSON binding (Yasson)"},
            new String[] {"org.eclipse.parsson.", "JSON parsing (Parsson)"},
            new String[] {"org.glassfish.json.", "JSON parsing (Parsson)"},
            new String[] {"org.jboss.weld.", "CDI (Weld)"},
            new String[] {"com.sun.ejb.", "EJB container"},
            new String[] {"org.glassfish.ejb.", "EJB container"},
            new String[] {"com.sun.enterprise.transaction.", "transactions (JTA)"},
            new String[] {"com.sun.jts.", "transactions (JTA)"},
            new String[] {"org.glassfish.soteria.", "security (Soteria, JACC, JASPIC)"},
            new String[] {"com.sun.enterprise.security.", "security (Soteria, JACC, JASPIC)"},
            new String[] {"org.glassfish.exousia.", "security (Soteria, JACC, JASPIC)"},
            new String[] {"org.glassfish.epicyro.", "security (Soteria, JACC, JASPIC)"},
            new String[] {"org.glassfish.jersey.", "JAX-RS (Jersey)"},
            new String[] {"org.glassfish.hk2.", "JAX-RS (Jersey)"},
            new String[] {"org.jvnet.hk2.", "JAX-RS (Jersey)"},
            new String[] {"org.apache.catalina.", "Servlet (Catalina)"},
            new String[] {"org.glassfish.grizzly.", "HTTP (Grizzly)"},
            new String[] {"com.sun.enterprise.v3.services.impl.", "HTTP (Grizzly)"},
            new String[] {"fish.payara.", "Payara (monitoring, request tracing, config)"},
            new String[] {"org.glassfish.", "Payara (naming, invocation, other)"},
            new String[] {"com.sun.", "Payara (naming, invocation, other)"},
            new String[] {"org.eclipse.microprofile.", "Payara (monitoring, request tracing, config)"},
            new String[] {"io.smallrye.", "Payara (monitoring, request tracing, config)"},
            new String[] {"cn.gov.wujin.yanghu.", "the application"});

    public static void main(String[] a) throws Exception {
        Map<String, Long> samples = new TreeMap<>();
        Map<String, Long> methods = new TreeMap<>();
        long total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(a[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            total++;
            samples.merge(layer(e.getStackTrace().getFrames()), 1L, Long::sum);
            methods.merge(attributed(e.getStackTrace().getFrames()), 1L, Long::sum);
        }
        double cpu = a.length > 2 ? Double.parseDouble(a[1]) : 0;
        long requests = a.length > 2 ? Long.parseLong(a[2]) : 0;
        Map<String, Long> sorted = new LinkedHashMap<>();
        samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(s -> sorted.put(s.getKey(), s.getValue()));
        System.out.printf("| layer | share of the JVM's samples |%s%n", requests > 0 ? " CPU per request (µs) |" : "");
        System.out.printf("|---|---|%s%n", requests > 0 ? "---|" : "");
        for (Map.Entry<String, Long> s : sorted.entrySet()) {
            double share = (double) s.getValue() / total;
            System.out.printf("| %s | %.1f %% |%s%n", s.getKey(), 100 * share,
                    requests > 0 ? String.format(" %.0f |", share * cpu * 1e6 / requests) : "");
        }
        System.out.printf("(%d samples)%n%nThe methods the samples were given to (their layer's innermost frame), the most first:%n", total);
        long all = total;
        methods.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(m -> System.out.printf("  %5.1f %%  %s%n", 100.0 * m.getValue() / all, m.getKey()));
    }

    private static String attributed(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (LAYERS.stream().anyMatch(l -> type.startsWith(l[0]))) {
                return type + "." + f.getMethod().getName();
            }
        }
        return "(the JDK)";
    }

    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) { // innermost first
            String type = f.getMethod().getType().getName();
            for (String[] layer : LAYERS) {
                if (type.startsWith(layer[0])) {
                    return layer[1];
                }
            }
        }
        return "the JDK (no container frame)";
    }
}
