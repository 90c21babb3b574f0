package cn.vocstat.cli;

import cn.vocstat.sample.PlantedMistakes;
import cn.vocstat.sample.YangquanSample;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sample}: the shipped sample returns, written again from the report's figures. */
@Command(name = "sample", description = "重新生成示例报表（<输入目录>/2024、2025 下的 returns 和 examples）")
final class SampleCommand extends Subcommand {

    SampleCommand() {
        super("生成示例报表");
    }

    @Option(names = "--input", paramLabel = "<DIR>", defaultValue = "input", description = "输入目录，默认 ${DEFAULT-VALUE}")
    private Path input;

    @Override
    public Integer call() throws IOException {
        YangquanSample.writeReturns(input);
        PlantedMistakes.write(input.resolve("examples").resolve(PlantedMistakes.FILE_NAME));
        console().println("已生成示例报表：" + input.resolve("2024/returns") + "，" + input.resolve("2025/returns") + "，" + input.resolve("examples"));
        return 0;
    }
}
