package cn.gov.wujin.yanghu;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Map.entry;

/**
 * The architecture's rules, checked on the application's classes (the business tier's and the
 * web tier's, not the tests'). A failure names the rule, why it holds and the dependencies that
 * break it, each with its source line.
 */
@AnalyzeClasses(packages = "cn.gov.wujin.yanghu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "cn.gov.wujin.yanghu.";

    /**
     * Which contexts each context may use (its own classes aside). A context that is not in a
     * context's line is not its upstream: it learns of that context's changes from the events
     * the context announces, and never changes its records.
     */
    private static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            //    context         may use
            entry("fraud",        List.of("organization", "audit", "shared", "notification")),                               // incl. fraud.warning
            entry("liaison",      List.of("organization", "audit", "shared", "notification", "fraud")),                      // reads fraud types
            entry("patrol",       List.of("organization", "audit", "shared", "notification", "fraud", "liaison", "geo")),    // observes their events; places tips
            entry("statistics",   List.of("organization", "audit", "shared", "notification", "fraud", "liaison", "patrol", "geo", "operations")), // counts them all, where operations says
            entry("notification", List.of("organization", "audit", "shared")),                                               // writes what the others' rules decide
            entry("inbox",        List.of("organization", "audit", "shared", "notification", "fraud", "liaison", "patrol")), // asks each list's service
            entry("search",       List.of("organization", "audit", "shared")),                                      // reads the others' tables by SQL
            entry("geo",          List.of("organization", "audit", "shared")),                                               // boundaries, locating
            entry("organization", List.of("audit", "shared")),
            entry("audit",        List.of("organization", "shared")),
            entry("shared",       List.of()),
            entry("operations",   List.of("organization", "audit", "shared", "notification")));                            // how the deployment runs, its first day

    private static final String FRAUD_CASE = ROOT + "fraud.domain.FraudCase";
    private static final String CASE_INTAKE = ROOT + "fraud.application.CaseIntake";

    @ArchTest
    static final ArchRule contextsUseOnlyTheirUpstreams = contexts()
            .as("1. Each context uses only the contexts of its line in ArchitectureTest.MAY_USE; the web tier uses all")
            .because("a context owns its records and its rules: another context that reads them must be a declared upstream, "
                    + "and one that reacts to them observes the CDI event the owner announces instead of calling into it. "
                    + "Move the shared piece to shared, announce an event, or, if the dependency is a real upstream, "
                    + "add it to the table (and to README's map)");

    @ArchTest
    static final ArchRule domainKnowsNoServices = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..application..")
            .as("2. A domain package uses no application package")
            .because("aggregates hold the rules and are used by the services, never the other way round: "
                    + "give the domain method what it needs as a parameter or a value object of the domain");

    @ArchTest
    static final ArchRule webTierGetsNoEntities = noClasses().that().resideInAPackage(ROOT + "web..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .as("3. The web tier uses no @Entity class and no EntityManager")
            .because("pages and resources get DTOs and read models from the @Stateless services, which are the transaction "
                    + "and security boundary: a managed entity outside them can be changed or lazily loaded past every check. "
                    + "Add a view record (or an id, a code, an enum) to the service's answer instead");

    @ArchTest
    static final ArchRule onlyIntakeMakesFraudCases = noClasses().that().doNotHaveFullyQualifiedName(CASE_INTAKE)
            .should().callConstructorWhere(constructorOf(FRAUD_CASE))
            .as("4. Only " + CASE_INTAKE + " makes a FraudCase")
            .because("a case is registered in one place, which numbers it, sets its deadlines, links it to earlier cases "
                    + "and leads and writes its audit trail: call CaseIntake instead of new FraudCase(...)");

    /** Each context a layer, the web tier on top; dependencies on anything else (the JDK, Jakarta EE) do not count. */
    private static ArchRule contexts() {
        LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy(ROOT + "web..");
        for (String context : MAY_USE.keySet()) {
            layers = layers.layer(context).definedBy(ROOT + context + "..");
        }
        layers = layers.whereLayer("web").mayNotBeAccessedByAnyLayer();
        for (Map.Entry<String, List<String>> line : MAY_USE.entrySet()) {
            layers = line.getValue().isEmpty() ? layers.whereLayer(line.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(line.getKey()).mayOnlyAccessLayers(line.getValue().toArray(String[]::new));
        }
        return layers;
    }

    /** A constructor of the class with parameters: JPA's own no-argument one is not ours to call. */
    private static DescribedPredicate<JavaConstructorCall> constructorOf(String className) {
        return DescribedPredicate.describe("a constructor of " + className + " is called",
                call -> call.getTargetOwner().getFullName().equals(className) && !call.getTarget().getRawParameterTypes().isEmpty());
    }
}
