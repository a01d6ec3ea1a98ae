package cn.gov.wujin.yanghu.it;

import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One deployment for the whole suite. Arquillian deploys a class's {@code @Deployment} before
 * the class and undeploys it after; every IT class here deploys the same, unchanged
 * yanghu.ear and talks to it from outside, so deploying it once is the same test at a fraction
 * of the cost (a deployment with its migrations, EJBs and Faces start takes about 16 s).
 * The first class to run deploys it; the others find it deployed. It stays until the test
 * domain stops after the suite (scripts/test-server.sh stop); a start removes one left over.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeployOnce.class);
    }

    public static class DeployOnce {

        private static final AtomicBoolean DEPLOYED = new AtomicBoolean();

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (!DEPLOYED.get()) {
                context.proceed();
                DEPLOYED.set(true); // only once it succeeded: a failed deployment is tried again by the next class
            }
        }

        public void keep(@Observes EventContext<UnDeployManagedDeployments> context) {
            // not proceeding: the next class uses the same deployment
        }
    }
}
