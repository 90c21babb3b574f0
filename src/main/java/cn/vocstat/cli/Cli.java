package cn.vocstat.cli;

import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.Failures;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: picocli parses it into one command object per command; this class only sets
 * picocli up to speak Chinese and to return vocstat's exit codes.
 */
public final class Cli {

    /** Options handed to Spring Boot as they are, in the form {@code --name=value}. */
    private static final List<String> SPRING_PREFIXES = List.of("--spring.", "--logging.", "--vocstat.");

    private Cli() {
    }

    /**
     * Heap set aside while a command runs, freed to say that the heap ran out: on a heap too small,
     * the saying would otherwise fail too, and the JVM would print its own English line instead.
     */
    private static final int OUT_OF_MEMORY_RESERVE = 1 << 20;
    private static byte[] outOfMemoryReserve;

    /** Runs a command and returns its exit code; never calls {@code System.exit}, so tests can call it. */
    public static int execute(PrintStream out, String... args) {
        outOfMemoryReserve = new byte[OUT_OF_MEMORY_RESERVE];
        List<String> springArguments = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (String arg : args) {
            (SPRING_PREFIXES.stream().anyMatch(arg::startsWith) ? springArguments : own).add(arg);
        }
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        CommandLine commandLine = new CommandLine(new VocstatCommand(out, springArguments))
                .setOut(writer)
                .setErr(writer)
                .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Cli::parameterError)
                .setExecutionExceptionHandler((failure, command, parseResult) -> {
                    out.println(command.getCommand() instanceof Subcommand subcommand
                            ? subcommand.failureLine(failure) : "运行失败：" + Failures.describe(failure));
                    return ExitCodes.FAILED;
                });
        try {
            QuietLogging.install();
            return commandLine.execute(own.toArray(String[]::new));
        } catch (OutOfMemoryError e) {
            outOfMemoryReserve = null;
            out.println(Failures.outOfMemory());
            return ExitCodes.FAILED;
        } finally {
            outOfMemoryReserve = null;
            writer.flush();
        }
    }

    /** A command line picocli could not parse: one Chinese line saying what is wrong, then that command's help. */
    private static int parameterError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(unknownOption(command, args).map(option -> "无法识别的选项：" + option).orElseGet(() -> explain(error, List.of(args))));
        err.println();
        command.usage(err);
        return ExitCodes.USAGE;
    }

    /**
     * An option the command does not have. Picocli reports a missing required option before an
     * unknown one, but "--yaer 2025" is better answered by naming the misspelt option.
     */
    private static Optional<String> unknownOption(CommandLine command, String[] args) {
        CommandSpec spec = command.getCommandSpec();
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith("-") && arg.length() > 1)
                .map(arg -> arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)
                .filter(name -> spec.findOption(name) == null)
                .findFirst();
    }

    private static String explain(ParameterException error, List<String> args) {
        if (error instanceof MissingParameterException missing) {
            return String.join("；", missing.getMissing().stream()
                    .map(arg -> (args.contains(name(arg)) ? name(arg) + " 后面缺少值" : "缺少" + (arg.isOption() ? "选项 " : "参数 ") + name(arg))
                            + "（" + String.join("", arg.description()) + "）")
                    .toList());
        }
        if (error instanceof UnmatchedArgumentException unmatched) {
            boolean command = unmatched.getCommandLine().getParent() == null;
            String line = (command ? "未知命令：" : "多余的参数：") + String.join(" ", unmatched.getUnmatched());
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? line : line + "（是否要用 " + String.join("、", suggestions) + "？）";
        }
        if (error instanceof OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " 只能给一次";
        }
        ArgSpec arg = error.getArgSpec();
        if (arg != null && error.getValue() != null) {
            String reason = error.getCause() instanceof InvalidValue invalid ? invalid.getMessage()
                    : arg.type() == int.class || arg.type() == Integer.class ? "须为整数" : "";
            return name(arg) + " 的值“" + error.getValue() + "”无效" + (reason.isEmpty() ? "" : "：" + reason);
        }
        return "命令行有误（" + error.getMessage() + "）";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** A value one of vocstat's converters refused, with the reason in Chinese (picocli's own converters speak English). */
    static final class InvalidValue extends TypeConversionException {
        InvalidValue(String reason) {
            super(reason);
        }
    }
}
