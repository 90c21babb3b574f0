package cn.vocstat.cli;

import cn.vocstat.job.ExitCodes;
import cn.vocstat.sample.SyntheticInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synth}: synthetic returns for the benchmark. */
@Command(name = "synth", description = "生成 N 份合成报表和学校名录，用于性能测试（jobs/bench.sh）")
final class SynthCommand extends Subcommand {

    SynthCommand() {
        super("生成合成报表");
    }

    @Option(names = "--count", paramLabel = "<N>", defaultValue = "1000", description = "报表份数，默认 ${DEFAULT-VALUE}")
    private int count;

    @Option(names = "--revise", paramLabel = "<K>",
            description = "改写已生成的第 K 份（从 0 起编号；换一组数字，如学校重新报送），用于测只改一份时的重跑")
    private Integer revise;

    @Option(names = "--input", paramLabel = "<DIR>", defaultValue = "output/bench/input", description = "写到的输入目录，默认 ${DEFAULT-VALUE}")
    private Path input;

    @Option(names = "--catalogue", paramLabel = "<FILE>", defaultValue = "input/reference/专业目录.csv", description = "专业目录，默认 ${DEFAULT-VALUE}")
    private Path catalogue;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            console().println("--count 须为正整数");
            return ExitCodes.USAGE;
        }
        if (revise != null) {
            if (revise < 0 || !Files.isRegularFile(SyntheticInput.returnFile(input, revise))) {
                console().println("没有第 " + revise + " 份合成报表（从 0 起编号）：" + SyntheticInput.returnFile(input, revise));
                return ExitCodes.USAGE;
            }
            SyntheticInput.revise(input, revise);
            console().println("已改写第 " + revise + " 份合成报表：" + input);
        } else {
            SyntheticInput.write(input, count, catalogue);
            console().println("已生成 " + count + " 份合成报表：" + input);
        }
        return 0;
    }
}
