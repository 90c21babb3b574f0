package cn.vocstat.cli;

import cn.vocstat.export.CatalogueDocs;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docs}: the rule and indicator catalogues as Markdown. */
@Command(name = "docs", description = "由规则目录和指标目录生成 rules.md、indicators.md")
final class DocsCommand extends Subcommand {

    DocsCommand() {
        super("生成目录文档");
    }

    @Option(names = "--output", paramLabel = "<DIR>", defaultValue = "docs", description = "输出目录，默认 ${DEFAULT-VALUE}")
    private Path output;

    @Override
    public Integer call() throws IOException {
        CatalogueDocs.write(output);
        console().println("已生成 " + output.resolve(CatalogueDocs.RULES_FILE) + "，" + output.resolve(CatalogueDocs.INDICATORS_FILE));
        return 0;
    }
}
