package cn.vocstat.cli;

import cn.vocstat.form.FormTemplate;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.reference.RegisteredSchool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template}: the blank form a school fills in. */
@Command(name = "template", description = "生成 ZZNB-1 空白填报表：封面和签章栏、计量单位和指标解释、专业目录下拉、数值校验",
        footer = "例如：jobs/vocstat template --year 2025 --school 3614000101")
final class TemplateCommand extends Subcommand {

    TemplateCommand() {
        super("生成空白填报表");
    }

    @Option(names = "--year", required = true, paramLabel = "<YYYY>", converter = YearConverter.class, description = "填报年度，例如 2025")
    private int year;

    @Option(names = "--school", paramLabel = "<CODE>", description = "预填学校信息（取自 <输入目录>/reference/学校名录.csv）")
    private String school;

    @Option(names = "--issuer", paramLabel = "<NAME>", defaultValue = "阳泉市教育局", description = "制表机关，印在封面和各表表头，默认 ${DEFAULT-VALUE}")
    private String issuer;

    @Option(names = "--approval", paramLabel = "<文号>", defaultValue = "", description = "批准文号（或备案文号），印在封面；不给则留空线")
    private String approval;

    @Option(names = "--valid-until", paramLabel = "<日期>", defaultValue = "", description = "有效期至，印在封面，例如 2027年12月；不给则留空")
    private String validUntil;

    @Option(names = "--input", paramLabel = "<DIR>", defaultValue = "input", description = "输入目录（学校名录和专业目录），默认 ${DEFAULT-VALUE}")
    private Path input;

    @Option(names = "--output", paramLabel = "<FILE>", description = "默认 output/<年度>/空白表/ZZNB-1_<年度>[_<学校>].xlsx")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Optional<RegisteredSchool> registered = Optional.empty();
        if (school != null) {
            registered = ReferenceLoader.loadRegistry(input).byCode(school);
            if (registered.isEmpty()) {
                console().println("学校标识码 " + school + " 不在学校名录 " + input.resolve(ReferenceLoader.REGISTRY_FILE) + " 中");
                return ExitCodes.USAGE;
            }
        }
        String name = "ZZNB-1_" + year + registered.map(s -> "_" + s.code() + "_" + s.name()).orElse("") + ".xlsx";
        Path file = output != null ? output : Path.of("output", String.valueOf(year), "空白表", name);
        FormTemplate.write(file, year, issuer, approval, validUntil, registered, ReferenceLoader.loadCatalogue(input).majors());
        console().println("已生成空白填报表：" + file);
        return 0;
    }
}
