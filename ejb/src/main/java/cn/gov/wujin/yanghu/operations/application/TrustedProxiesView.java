package cn.gov.wujin.yanghu.operations.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** The trusted proxies as ADMIN sees them: the setting, and the deployment's own balancer beside it. */
@Schema(name = "TrustedProxies", description = "The balancers whose X-Forwarded-For header names the client.")
public record TrustedProxiesView(
        @Schema(required = true, description = "The setting: addresses or CIDR ranges, comma-separated, in canonical form; empty: none.",
                example = "10.20.0.5, 10.20.1.0/24") String value,
        @Schema(required = true, description = "The deployment's own balancer, set by the start scripts (system property "
                + "yanghu.trusted-proxies); also trusted, not editable here.", example = "127.0.0.1") String deployment,
        @Schema(required = true, description = "The version to send back with a change.", example = "0") long version)
        implements Serializable {
}
