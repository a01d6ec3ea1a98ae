package cn.gov.wujin.yanghu.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * Base of every IT: Arquillian deploys the real yanghu.ear this build produced, nothing
 * added, once for the whole suite ({@link SuiteDeployment}), and the tests talk to it from
 * outside (HTTP, a browser, JDBC for what only the database can show). Demo logins live as
 * long as the class; browsers are wiped between tests and kept for the suite ({@link Browser}).
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedApplication {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        File ear = new File(System.getProperty("yanghu.ear", "target/yanghu.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    @BeforeAll
    static void freshLogins() {
        Api.forgetDemoLogins();
    }
}
