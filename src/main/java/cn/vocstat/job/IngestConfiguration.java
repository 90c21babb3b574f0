package cn.vocstat.job;

import cn.vocstat.rules.Thresholds;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** How returns are read and checked: concurrently, within a time limit each, against the configured thresholds. */
@Configuration
class IngestConfiguration {

    /** The rule thresholds in force: the defaults, overridden by {@code vocstat.thresholds.*} properties. */
    @Bean
    Thresholds thresholds(Environment environment) {
        return Thresholds.from(environment::getProperty);
    }

    /** Returns are read and checked concurrently, one thread per core by default; they are written in order. */

    @Bean
    ThreadPoolTaskExecutor ingestExecutor(@Value("${vocstat.ingest.threads:0}") int threads) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(size);
        executor.setMaxPoolSize(size);
        executor.setThreadNamePrefix("ingest-");
        executor.initialize();
        return executor;
    }

    /** Each file is read and checked within this time (default 60 s); a slower one is rejected on its own. */
    @Bean(destroyMethod = "close")
    TimeLimitedCheck fileTimeLimit(@Value("${vocstat.ingest.file-timeout:60s}") Duration limit) {
        return new TimeLimitedCheck(limit);
    }
}
