package dev.briefing.config;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The database behind the job repository and the staging tables: defaults for an H2 file database
 * ({@code briefing-defaults.properties}, overridable by any Spring property), its password and its
 * check for damage ({@link H2ConnectionDetails}), its backup, and the creation of Briefing's own
 * tables for the database in use ({@code schema-h2.sql}, {@code schema-postgresql.sql}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BriefingProperties.class)
@PropertySource("classpath:dev/briefing/config/briefing-defaults.properties")
public class BriefingInfrastructureConfiguration {

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DataSourceProperties properties) {
        return new H2ConnectionDetails(properties);
    }

    @Bean
    SharedH2Database sharedH2Database(DataSource dataSource, JobRepository jobRepository,
            JdbcConnectionDetails connectionDetails) {
        return new SharedH2Database(dataSource, jobRepository, connectionDetails.getJdbcUrl());
    }

    @Bean
    H2DatabaseBackup h2DatabaseBackup(DataSource dataSource, JdbcConnectionDetails connectionDetails) {
        return new H2DatabaseBackup(dataSource, connectionDetails.getJdbcUrl());
    }

    @Bean
    DataSourceScriptDatabaseInitializer briefingSchemaInitializer(DataSource dataSource) {
        return new DataSourceScriptDatabaseInitializer(dataSource, schemaSettings(dataSource));
    }

    private static DatabaseInitializationSettings schemaSettings(DataSource dataSource) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        settings.setSchemaLocations(new PlatformPlaceholderDatabaseDriverResolver()
                .resolveAll(dataSource, "classpath:dev/briefing/config/schema-@@platform@@.sql"));
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        settings.setContinueOnError(false);
        return settings;
    }
}
