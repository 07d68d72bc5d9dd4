package dev.briefing.config;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The job and its infrastructure as the app wires them, for the integration tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({BriefingInfrastructureConfiguration.class, BriefingJobConfiguration.class})
class BriefingTestApplication {
}
