package cn.gov.wujin.yanghu.it;

import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;


/**
 * One deployment for the whole suite. Arquillian deploys a class's {@code @Deployment} before
 * the class and undeploys it after; every IT class here deploys the same, unchanged
 * yanghu.ear and talks to it from outside, so deploying it once is the same test at a fraction
 * of the cost (a deployment with its migrations, EJBs and Faces start takes about 16 s).
 * The first class to run deploys it; the others find it deployed. It stays until the test
 * domain stops after the suite (scripts/test-server.sh stop); a start removes one left over.
 * A deployment that failed is not tried again: every later class fails at once with its cause.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeployOnce.class);
    }

    public static class DeployOnce {

        private static boolean deployed;
        private static RuntimeException failed;

        public synchronized void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (failed != null) {
                throw new IllegalStateException("yanghu.ear did not deploy (see the first class that ran, and "
                        + "ear/target/server-logs/server.log)", failed);
            }
            if (!deployed) {
                try {
                    context.proceed();
                } catch (RuntimeException e) {
                    failed = e;
                    throw e;
                }
                deployed = true;
            }
        }

        public void keep(@Observes EventContext<UnDeployManagedDeployments> context) {
            // not proceeding: the next class uses the same deployment
        }
    }
}
