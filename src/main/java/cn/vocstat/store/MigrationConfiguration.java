package cn.vocstat.store;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Spring Boot's Flyway runs the migrations of {@link Migrations} for the configured database. */
@Configuration
class MigrationConfiguration {

    @Bean
    FlywayConfigurationCustomizer vocstatMigrations(Environment environment) {
        return configuration -> Migrations.apply(configuration, environment.getProperty("spring.datasource.url"));
    }
}
