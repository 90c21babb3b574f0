package cn.vocstat.store;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The schema: an embedded database is created or upgraded kill-safe before anything opens it; then
 * Spring Boot's Flyway runs the migrations of {@link Migrations} for the configured database (for an
 * embedded one there is nothing left to do).
 */
@Configuration
class MigrationConfiguration {

    /** Set by {@code run --verbose}: the console names each migration as it starts. */
    static final String VERBOSE = "vocstat.verbose";

    @Bean
    static BeanFactoryPostProcessor embeddedDatabasePreparation(Environment environment) {
        return beanFactory -> EmbeddedDatabase.prepare(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"), System.out,
                environment.getProperty(VERBOSE, Boolean.class, false));
    }

    @Bean
    FlywayConfigurationCustomizer vocstatMigrations(Environment environment) {
        return configuration -> Migrations.apply(configuration, environment.getProperty("spring.datasource.url"));
    }
}
