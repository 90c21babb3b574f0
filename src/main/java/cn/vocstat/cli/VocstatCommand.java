package cn.vocstat.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vocstat}: without a command it shows what the commands are. */
@Command(name = "vocstat",
        synopsisHeading = "用法：",
        customSynopsis = "java -jar target/vocstat.jar <命令> [选项]   （或 jobs/vocstat <命令> [选项]）",
        description = "汇总中职学校的年度统计报表，计算质量年报的指标，输出汇总表和给学校的审核反馈。",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令（“<命令> --help”显示该命令的选项）：%n",
        footerHeading = "%n",
        footer = {
            "其他 --spring.*、--logging.*、--vocstat.* 选项原样交给 Spring Boot（例如 --vocstat.thresholds.prior-year-change=0.25）。",
            "",
            "退出码：",
            "  0   完成且全部采用（check：本表可以采用；verify：草稿没有不一致）",
            "  1   完成但有报表退回或学校缺报（check：本表有错误，会被退回；verify：草稿有不一致）",
            "  2   失败或程序出错，或本次运行比上次发布大幅减少而暂不发布（确认后加 --accept-drop）：控制台一行原因，日志中有详细信息",
            "  3   同一年度已有运行在进行，本次未执行",
            "  64  命令行错误"},
        usageHelpWidth = 110,
        subcommands = {RunCommand.class, StatusCommand.class, CheckCommand.class, TemplateCommand.class,
            ReportCommand.class, VerifyCommand.class, SampleCommand.class, SynthCommand.class, DocsCommand.class, HelpCommand.class})
final class VocstatCommand implements Callable<Integer> {

    private final PrintStream console;
    private final List<String> springArguments;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本说明")
    private boolean help;

    VocstatCommand(PrintStream console, List<String> springArguments) {
        this.console = console;
        this.springArguments = List.copyOf(springArguments);
    }

    PrintStream console() {
        return console;
    }

    List<String> springArguments() {
        return new ArrayList<>(springArguments);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
