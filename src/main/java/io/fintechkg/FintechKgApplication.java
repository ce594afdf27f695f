package io.fintechkg;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application: the only place that knows every stage. Started by {@code serve} and {@code ingest}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FintechKgApplication {
}
