package cn.vocstat.cli;

import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.RunHistory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status}: the latest runs, as the database recorded them. */
@Command(name = "status", description = "最近的运行：开始、结束、状态、输入指纹、采用/退回/缺报、覆盖、输出文件")
final class StatusCommand extends Subcommand {

    StatusCommand() {
        super("读取运行记录");
    }

    @Option(names = "--year", paramLabel = "<YYYY>", converter = YearConverter.class, description = "只看某一年度")
    private Integer year;

    @Option(names = "--count", paramLabel = "<N>", defaultValue = "10", description = "显示条数，默认 ${DEFAULT-VALUE}")
    private int count;

    @Option(names = "--output", paramLabel = "<DIR>", defaultValue = "output", description = "输出目录（内嵌数据库在 <输出目录>/db），默认 ${DEFAULT-VALUE}")
    private Path output;

    @Mixin
    private DatabaseOptions database;

    @Override
    public Integer call() {
        if (count < 1) {
            console().println("--count 须为正整数");
            return ExitCodes.USAGE;
        }
        List<String> spring = springArguments();
        spring.add("--vocstat.output=" + output.toAbsolutePath());
        database.addTo(spring);
        try (ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class).run(spring.toArray(String[]::new))) {
            context.getBean(RunHistory.class).print(Optional.ofNullable(year), count, console());
            return 0;
        }
    }

    @Override
    Path logFolder() {
        return output.resolve("logs");
    }
}
