package cn.gov.wujin.yanghu.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this server runs the demo ({@code yanghu.demo=true}, set by ./run.sh for the embedded database): pages say so where it matters. */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "yanghu.demo", defaultValue = "false")
    private Boolean demo;

    public boolean isOn() {
        return Boolean.TRUE.equals(demo);
    }
}
