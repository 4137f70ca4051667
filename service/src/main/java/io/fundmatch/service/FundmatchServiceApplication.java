package io.fundmatch.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The fundmatch service: REST API v1, the web page, and Redis when configured. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FundmatchServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FundmatchServiceApplication.class, args);
    }
}
