package cn.vocstat.rules;

import cn.vocstat.model.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault of our own program while it handled one file: the file gets a finding that names the
 * stage and the kind of fault, the stack trace goes to the run's log, and the run goes on.
 */
public final class FileFault {

    private static final Logger LOG = LoggerFactory.getLogger("vocstat.fault");

    private FileFault() {
    }

    public static Finding of(SourceFile file, FileStage stage, Throwable cause) {
        LOG.error("程序错误：{}阶段处理 {}（SHA-256 {}）时", stage.label(), ShownText.of(file.name()), file.sha256(), cause);
        String kind = cause.getClass().getSimpleName();
        return stage.rule() == Rule.INTERNAL_ERROR
                ? Finding.of(stage.rule(), file, "", stage.label(), kind)
                : Finding.of(stage.rule(), file, "", kind);
    }
}
