package cn.vocstat;

import cn.vocstat.export.CatalogueDocs;
import cn.vocstat.form.FormTemplate;
import cn.vocstat.job.ConsolidationLauncher;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.Failures;
import cn.vocstat.job.RunHistory;
import cn.vocstat.job.RunLock;
import cn.vocstat.job.RunOutcome;
import cn.vocstat.job.RunRequest;
import cn.vocstat.job.SingleReturnCheck;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.sample.PlantedMistakes;
import cn.vocstat.sample.SyntheticInput;
import cn.vocstat.sample.YangquanSample;
import cn.vocstat.store.EmbeddedDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The command line: {@code vocstat run|sample|synth|help}. */
@SpringBootApplication
public class VocstatApplication {

    static final String USAGE = """
            用法：java -jar target/vocstat.jar <命令> [选项]

            命令：
              run     汇总一个年度的学校报表并输出汇总表
                        --year 年度        必填，例如 2025
                        --input 目录       输入目录，默认 input
                        --output 目录      输出目录，默认 output
                        --db-url URL      数据库（默认内嵌 H2，在 <输出目录>/db）；jdbc:mysql://… 时启用 mysql 配置
                        --db-user 用户     数据库用户；密码只从环境变量 VOCSTAT_DB_PASSWORD 读取
              status  最近的运行：开始、结束、状态、输入指纹、采用/退回/缺报、覆盖、输出文件
                        --year 年度        只看某一年度
                        --count N         显示条数，默认 10
                        --output 目录      输出目录（内嵌数据库在 <输出目录>/db），默认 output
              check   检查一份报表并生成审核反馈（不写数据库），例如 check input/examples/有错误的报表示例.xlsx
                        --year 年度        必填
                        --input 目录       默认 input
                        --output 目录      默认 output/检查
              sample  重新生成示例报表（input/2024、input/2025 下的 returns 和 input/examples）
                        --input 目录       默认 input
              synth   生成 N 份合成报表和名录，用于性能测试
                        --count N --input 目录
                        --revise K --input 目录   改写第 K 份（换一组数字，如学校重新报送），用于测只改一份时的重跑
              template  生成 ZZNB-1 空白填报表（含下拉选项、数值校验、填报说明）
                        --year 年度        必填
                        --school 学校标识码  预填学校信息（取自 <输入目录>/reference/学校名录.csv）
                        --input 目录       默认 input
                        --output 文件      默认 output/<年度>/空白表/ZZNB-1_<年度>[_<学校>].xlsx
              docs    由规则目录和指标目录生成 docs/rules.md、docs/indicators.md
                        --output 目录      默认 docs
              help    显示本说明

            其他 --spring.*、--vocstat.* 选项原样交给 Spring Boot（例如 --vocstat.thresholds.prior-year-change=0.25）。

            退出码：0 完成且全部采用；1 完成但有报表退回或学校缺报（check：本表有错误）；2 失败或程序出错；3 同一年度已有运行在进行；64 命令行错误
            """;

    private static final int KEPT_LOGS = 60;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
            out.println("警告：当前环境不是 UTF-8（" + System.getProperty("sun.jnu.encoding") + "），中文文件名无法读取：请先 export LANG=C.UTF-8");
        }
        pinXmlFactories();
        System.exit(run(out, args));
    }

    /**
     * Names the XML factories POI asks for on every workbook it opens or saves. Unnamed, each request
     * searches the class path through ServiceLoader, and inside the executable jar that search cost
     * 7 % of a ten-thousand-return run. These are the JDK's own (and Aalto's for StAX, which the class
     * path would have found); a factory set with -D on the command line is kept.
     */
    private static void pinXmlFactories() {
        Map<String, String> factories = Map.of(
                "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
                "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
                "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
                "javax.xml.stream.XMLInputFactory", "com.fasterxml.aalto.stax.InputFactoryImpl",
                "javax.xml.stream.XMLOutputFactory", "com.fasterxml.aalto.stax.OutputFactoryImpl",
                "javax.xml.stream.XMLEventFactory", "com.fasterxml.aalto.stax.EventFactoryImpl");
        factories.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }

    /** Runs a command and returns its exit code; never calls {@code System.exit}, so tests can call it. */
    public static int run(PrintStream out, String... args) {
        Map<String, String> options = new HashMap<>();
        List<String> springArgs = new ArrayList<>();
        String command = args.length == 0 ? "help" : args[0];
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.") || arg.startsWith("--logging.") || arg.startsWith("--vocstat.")) {
                springArgs.add(arg);
            } else if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length && !arg.equals("--help")) {
                options.put(arg.substring(2), args[++i]);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                command = "help";
            } else if (command.equals("check") && !arg.startsWith("-")) {
                files.add(arg);
            } else {
                out.println("无法识别的参数：" + arg);
                out.print(USAGE);
                return ExitCodes.USAGE;
            }
        }
        try {
            return switch (command) {
                case "run" -> runJob(out, options, springArgs);
                case "check" -> check(out, options, files, springArgs);
                case "status" -> status(out, options, springArgs);
                case "sample" -> {
                    Path input = Path.of(options.getOrDefault("input", "input"));
                    YangquanSample.writeReturns(input);
                    PlantedMistakes.write(input.resolve("examples").resolve(PlantedMistakes.FILE_NAME));
                    out.println("已生成示例报表：" + input.resolve("2024/returns") + "，" + input.resolve("2025/returns") + "，" + input.resolve("examples"));
                    yield 0;
                }
                case "synth" -> {
                    Path input = Path.of(options.getOrDefault("input", "output/bench/input"));
                    if (options.containsKey("revise")) {
                        SyntheticInput.revise(input, Integer.parseInt(options.get("revise")));
                        out.println("已改写第 " + options.get("revise") + " 份合成报表：" + input);
                        yield 0;
                    }
                    int count = Integer.parseInt(options.getOrDefault("count", "1000"));
                    SyntheticInput.write(input, count, Path.of(options.getOrDefault("catalogue", "input/reference/专业目录.csv")));
                    out.println("已生成 " + count + " 份合成报表：" + input);
                    yield 0;
                }
                case "template" -> template(out, options);
                case "docs" -> {
                    Path docs = Path.of(options.getOrDefault("output", "docs"));
                    CatalogueDocs.write(docs);
                    out.println("已生成 " + docs.resolve(CatalogueDocs.RULES_FILE) + "，" + docs.resolve(CatalogueDocs.INDICATORS_FILE));
                    yield 0;
                }
                case "help", "-h", "--help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    out.println("未知命令：" + command);
                    out.print(USAGE);
                    yield ExitCodes.USAGE;
                }
            };
        } catch (NumberFormatException e) {
            out.println("参数须为数字：" + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            out.println("写文件失败：" + e.getMessage());
            return ExitCodes.FAILED;
        } catch (OutOfMemoryError e) {
            out.println(Failures.outOfMemory());
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            out.println("运行失败：" + Failures.describe(e));
            return ExitCodes.FAILED;
        }
    }

    private static int status(PrintStream out, Map<String, String> options, List<String> springArgs) {
        Optional<Integer> year = Optional.ofNullable(options.get("year")).map(Integer::valueOf);
        int count = Integer.parseInt(options.getOrDefault("count", "10"));
        springArgs.add("--vocstat.output=" + Path.of(options.getOrDefault("output", "output")).toAbsolutePath());
        databaseArguments(options, springArgs);
        try (ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class).run(springArgs.toArray(String[]::new))) {
            context.getBean(RunHistory.class).print(year, count, out);
            return 0;
        } catch (RuntimeException e) {
            out.println("读取运行记录失败：" + Failures.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** Keeps the newest run logs of a year; a run a night would otherwise fill the folder. */
    private static void pruneLogs(Path logs) {
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            List<Path> old = files.filter(f -> f.getFileName().toString().matches("vocstat-\\d{8}-\\d{6}\\.log(\\..*)?"))
                    .sorted(Comparator.reverseOrder()).skip(KEPT_LOGS).toList();
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // an old log that cannot be removed does not stop the run
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** --db-url and --db-user as Spring properties; a MySQL URL switches the mysql profile on. */
    private static void databaseArguments(Map<String, String> options, List<String> springArgs) {
        String dbUrl = options.get("db-url");
        if (dbUrl != null) {
            springArgs.add("--spring.datasource.url=" + dbUrl);
            if (dbUrl.startsWith("jdbc:mysql:") || dbUrl.startsWith("jdbc:mariadb:")) {
                springArgs.add("--spring.profiles.active=mysql");
            }
        }
        if (options.containsKey("db-user")) {
            springArgs.add("--spring.datasource.username=" + options.get("db-user"));
        }
    }

    private static int check(PrintStream out, Map<String, String> options, List<String> files, List<String> springArgs) throws IOException {
        String year = options.get("year");
        if (files.size() != 1 || year == null || !year.matches("\\d{4}")) {
            out.println("用法：check <报表文件> --year <年度>");
            return ExitCodes.USAGE;
        }
        Path output = Path.of(options.getOrDefault("output", "output/检查"));
        Path log = CommandLog.file(output.resolve("logs"), "check");
        CommandLog.start(log);
        try {
            Map<String, String> properties = new HashMap<>();
            springArgs.stream().filter(a -> a.contains("=")).forEach(a -> properties.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
            return SingleReturnCheck.run(Path.of(files.get(0)), Integer.parseInt(year), Path.of(options.getOrDefault("input", "input")),
                    output, Thresholds.from(properties::get), out);
        } catch (ReferenceLoader.MissingReferenceException e) {
            out.println(e.getMessage());
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(VocstatApplication.class).error("检查失败", e);
            out.println("检查失败：" + Failures.describe(e) + "；详细信息见日志 " + log);
            return ExitCodes.FAILED;
        }
    }

    private static int template(PrintStream out, Map<String, String> options) throws IOException {
        String year = options.get("year");
        if (year == null || !year.matches("\\d{4}")) {
            out.println("请用 --year 指定四位年度，例如 --year 2025");
            return ExitCodes.USAGE;
        }
        Optional<RegisteredSchool> school = Optional.empty();
        String code = options.get("school");
        if (code != null) {
            Path input = Path.of(options.getOrDefault("input", "input"));
            school = ReferenceLoader.loadRegistry(input).byCode(code);
            if (school.isEmpty()) {
                out.println("学校标识码 " + code + " 不在学校名录 " + input.resolve(ReferenceLoader.REGISTRY_FILE) + " 中");
                return ExitCodes.USAGE;
            }
        }
        String name = "ZZNB-1_" + year + school.map(s -> "_" + s.code() + "_" + s.name()).orElse("") + ".xlsx";
        Path file = Path.of(options.getOrDefault("output", "output/" + year + "/空白表/" + name));
        FormTemplate.write(file, Integer.parseInt(year), school);
        out.println("已生成空白填报表：" + file);
        return 0;
    }

    private static int runJob(PrintStream out, Map<String, String> options, List<String> springArgs) {
        String year = options.get("year");
        if (year == null || !year.matches("\\d{4}")) {
            out.println("请用 --year 指定四位年度，例如 --year 2025");
            return ExitCodes.USAGE;
        }
        RunRequest request = new RunRequest(Integer.parseInt(year), Path.of(options.getOrDefault("input", "input")),
                Path.of(options.getOrDefault("output", "output")));
        springArgs.add("--vocstat.output=" + request.outputDir().toAbsolutePath());
        databaseArguments(options, springArgs);
        Path logs = request.yearOutputDir().resolve("logs");
        pruneLogs(logs);
        Path log = logs.resolve("vocstat-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
        springArgs.add("--logging.file.name=" + log);
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(request);
        } catch (IOException e) {
            out.println("无法创建运行锁 " + RunLock.file(request) + "：" + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (lock.isEmpty()) {
            out.println("另一次 " + request.year() + " 年度汇总正在运行（" + RunLock.file(request) + "），本次未执行。");
            return ExitCodes.ALREADY_RUNNING;
        }
        SpringApplication application = new SpringApplication(VocstatApplication.class);
        try (RunLock held = lock.get(); ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            RunOutcome outcome = context.getBean(ConsolidationLauncher.class).run(request, out, log);
            return outcome.exitCode();
        } catch (IOException | RuntimeException e) {
            if (causedBy(e, EmbeddedDatabase.InUseException.class)) {
                out.println("内嵌数据库正被另一个进程使用（另一次汇总正在运行），本次未执行。");
                return ExitCodes.ALREADY_RUNNING;
            }
            LoggerFactory.getLogger(VocstatApplication.class).error("启动失败", e);
            out.println("启动失败：" + Failures.describe(e) + "；详细信息见日志 " + log);
            return ExitCodes.FAILED;
        }
    }
}
