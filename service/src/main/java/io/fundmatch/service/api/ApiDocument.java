package io.fundmatch.service.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, version and description of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration
public class ApiDocument {

    @Bean
    OpenAPI fundmatchApi(@Value("${fundmatch.api-version:v1}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("fundmatch API")
                        .version(version)
                        .description("Ranked funding directions (征集方向 and plan sections) for an enterprise, with "
                                + "the eligibility verdict and the guide's own words as evidence; for liaison "
                                + "officers, the enterprises of their jurisdiction ranked for a support area; "
                                + "catalogue and registry uploads for administrators. Errors are RFC 7807 problem "
                                + "details. Public calls are rate-limited per client address (429 with Retry-After).")
                        .license(new License().name("proprietary")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
