package cn.vocstat.cli;

import cn.vocstat.job.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/** {@code help [命令]}: the general help, or one command's. */
@Command(name = "help", helpCommand = true, description = "显示本说明；help <命令> 显示该命令的说明")
final class HelpCommand implements Callable<Integer>, IHelpCommandInitializable2 {

    @Parameters(arity = "0..1", paramLabel = "<COMMAND>", description = "要说明的命令")
    private String command;

    private CommandLine self;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.out = outWriter;
    }

    @Override
    public Integer call() {
        CommandLine vocstat = self.getParent();
        if (command == null) {
            vocstat.usage(out);
            return 0;
        }
        CommandLine subcommand = vocstat.getSubcommands().get(command);
        if (subcommand == null) {
            out.println("未知命令：" + command);
            out.println();
            vocstat.usage(out);
            return ExitCodes.USAGE;
        }
        subcommand.usage(out);
        return 0;
    }
}
