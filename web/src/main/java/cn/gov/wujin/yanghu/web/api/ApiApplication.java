package cn.gov.wujin.yanghu.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API. Every call needs a bearer token except {@code POST /auth/token} (see web.xml). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Yanghu API", version = "1",
                license = @License(name = "Proprietary: for the systems of the Wujin public-security bureau only"),
                contact = @Contact(name = "Yanghu maintainers, Wujin public-security bureau"),
                description = "Case and patrol management of the Wujin public-security bureau. "
                        + "Obtain a token with POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'. "
                        + "Records of another station answer 404. Personal data is masked unless stated."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiApplication extends Application {
}
