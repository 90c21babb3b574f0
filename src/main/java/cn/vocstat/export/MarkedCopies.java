package cn.vocstat.export;

import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reference.SubmissionNotice;
import cn.vocstat.rules.FileFault;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Makes the schools' marked copies of one feedback step, each within its limits ({@link CopyLimits}),
 * so that no file can stop the run. A copy is made from the bytes that were read and hashed, read
 * once more and checked against the file's SHA-256; its cells and names are counted before anything
 * is loaded, and a copy too large is cut to the form's sheets or left out, as is one with code or
 * links it could not strip; the heap it needs is taken out of a share the copies made in parallel
 * hold together; it must be done within a time limit; and an {@link OutOfMemoryError} while making it
 * leaves out that file's copy alone. A copy left out for its cost or its content is a finding of the
 * file (F-FILE-14), not a fault of ours (F-FILE-10). No copy holds macros, external links, OLE
 * objects, ActiveX, data connections, web add-ins or ribbon customisation.
 */
final class MarkedCopies implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarkedCopies.class);
    /** Sheets left out that F-FILE-13 names before it says how many there are. */
    private static final int LISTED_SHEETS = 5;

    private final CopyLimits limits;
    private final HeapShare heap;
    private final SubmissionNotice notice;
    private final ExecutorService workers;

    MarkedCopies(CopyLimits limits, SubmissionNotice notice) {
        this(limits, new HeapShare(limits.heapForCopies()), notice);
    }

    /** The copies of a step, taking their heap out of this share; each list says {@code notice}. */
    MarkedCopies(CopyLimits limits, HeapShare heap, SubmissionNotice notice) {
        this.limits = limits;
        this.heap = heap;
        this.notice = notice;
        // daemons: a copy abandoned for its time never holds the JVM open
        CustomizableThreadFactory threads = new CustomizableThreadFactory("marked-copy-");
        threads.setDaemon(true);
        this.workers = Executors.newCachedThreadPool(threads);
    }

    /**
     * A file's marked copy, its 审核结果 sheet in front (empty when there is none), what the file's list
     * must add about it, and whether a later run may reuse it while the file, its status and its
     * findings stay the same: not when the copy was left out for time or heap, or because the file on
     * disk was not the one read, which another run may find otherwise.
     */
    record Made(Optional<byte[]> workbook, List<Finding> findings, boolean reusable) {

        /** No copy, and nothing to say about it: the file has no finding on a cell. */
        static final Made NOTHING = new Made(Optional.empty(), List.of(), true);

        Made {
            findings = List.copyOf(findings);
        }

        static Made none(Finding why) {
            return new Made(Optional.empty(), List.of(why), true);
        }

        static Made noneThisTime(Finding why) {
            return new Made(Optional.empty(), List.of(why), false);
        }
    }

    /** The file's bytes as they are now, when they are those that were read: the same SHA-256, within the reader's size limit. */
    static Optional<byte[]> snapshot(SourceFile source) {
        Path file = source.path();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) ReturnReader.MAX_FILE_BYTES + 1);
            return bytes.length <= ReturnReader.MAX_FILE_BYTES && Sha256.of(bytes).equals(source.sha256()) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the bytes are an Excel 97-2003 workbook, whose copy is one too. */
    static boolean isLegacy(byte[] bytes) {
        return FileMagic.valueOf(bytes) == FileMagic.OLE2;
    }

    /** The marked copy of a file read as a return whose findings point at cells, from the bytes that were read ({@link #snapshot}). */
    Made make(FileFeedback outcome, List<Finding> findings, Optional<byte[]> snapshot) {
        SourceFile source = outcome.source();
        if (snapshot.isEmpty()) {
            return Made.noneThisTime(Finding.of(Rule.FEEDBACK_FILE_CHANGED, source, ""));
        }
        Attempt attempt = new Attempt(outcome, findings, snapshot.get());
        Future<Made> copy = workers.submit(attempt);
        try {
            return copy.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // POI cannot be stopped while it loads or saves: the copy is abandoned, and gives back its heap when it ends
            copy.cancel(true);
            if (attempt.waitingForHeap) {
                LOG.warn("{}（SHA-256 {}）的标注副本等待内存超过 {} 秒，只写问题清单", source.name(), source.sha256(), seconds());
                return heapBusy(source);
            }
            LOG.warn("{}（SHA-256 {}）的标注副本超过 {} 秒，只写问题清单", source.name(), source.sha256(), seconds());
            return leftOutThisTime(source, "生成标注副本超过 " + seconds() + " 秒");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                LOG.warn("{}（SHA-256 {}）的标注副本内存不足，只写问题清单", source.name(), source.sha256(), e.getCause());
                return leftOutThisTime(source, "生成标注副本时内存不足");
            }
            return Made.none(FileFault.of(source, FileStage.FEEDBACK, e.getCause()).forSchool(outcome.schoolCode()));
        } catch (InterruptedException e) {
            copy.cancel(true);
            Thread.currentThread().interrupt();
            return leftOutThisTime(source, "生成标注副本时运行被中断");
        }
    }

    /** A copy abandoned for its time stops at its next step rather than spend more. */
    static void stopIfAbandoned() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the marked copy took longer than its time limit");
        }
    }

    /** One file's copy, made on a worker; says whether it is waiting for heap, should its time run out. */
    private final class Attempt implements Callable<Made> {

        private final FileFeedback outcome;
        private final List<Finding> findings;
        private final byte[] bytes;
        private final boolean legacy;
        private volatile boolean waitingForHeap;

        Attempt(FileFeedback outcome, List<Finding> findings, byte[] bytes) {
            this.outcome = outcome;
            this.findings = findings;
            this.bytes = bytes;
            this.legacy = isLegacy(bytes);
        }

        @Override
        public Made call() throws IOException, InterruptedException {
            return legacy ? copyLegacy() : copyXlsx();
        }

        private Made copyXlsx() throws IOException, InterruptedException {
            XlsxPackage xlsx;
            try {
                xlsx = XlsxPackage.open(bytes);
            } catch (IOException e) {
                return unsafe(outcome.source(), e);
            }
            try (xlsx) {
                return copy(() -> CopyPlan.of(xlsx, limits), plan -> {
                    XlsxPackage.Cleaned cleaned = xlsx.cleaned(plan.emptied());
                    return new Loadable(cleaned.inflatedBytes(), () -> new XSSFWorkbook(new ByteArrayInputStream(cleaned.zip())),
                            workbook -> XlsxCleanup.apply((XSSFWorkbook) workbook, cleaned.gone()));
                });
            }
        }

        private Made copyLegacy() throws IOException, InterruptedException {
            try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                // without its other nodes kept, the workbook is saved without the VBA project and the embedded objects' storages
                return copy(() -> CopyPlan.ofLegacy(file, limits),
                        plan -> new Loadable(bytes.length, () -> new HSSFWorkbook(file.getRoot(), false), workbook -> { }));
            }
        }

        /**
         * The copy as its plan allows: none when it is refused, else loaded once the heap it needs
         * is taken from the share, then cleaned, marked and saved. What cannot be counted or made
         * ready to load is the file's problem, as unsafe as anything the zip guards refuse.
         */
        private Made copy(Counting counting, Preparing preparing) throws IOException, InterruptedException {
            SourceFile source = outcome.source();
            CopyPlan plan;
            Loadable loadable;
            try {
                plan = counting.plan();
                if (plan.copy() == ResultSheet.Copy.NONE) {
                    return Made.none(Finding.of(Rule.FEEDBACK_COPY_LEFT_OUT, source, "", new Rule.Wording(refused(plan, legacy))));
                }
                loadable = preparing.prepare(plan);
            } catch (IOException e) {
                return unsafe(source, e);
            }
            List<Finding> added = plan.copy() == ResultSheet.Copy.FORM_SHEETS
                    ? List.of(Finding.of(Rule.FEEDBACK_SHEETS_LEFT_OUT, source, "", sheetList(plan.leftOut()), cells(limits.maxCells())))
                    : List.of();
            long needed = CopyLimits.heapNeeded(plan.cells(), loadable.contentBytes(), legacy);
            if (HeapShare.megabytes(needed) > heap.capacityMb()) {
                return leftOutThisTime(source, "生成标注副本约需 " + HeapShare.megabytes(needed) + " MB 内存，超过本次运行可给的 " + heap.capacityMb() + " MB");
            }
            waitingForHeap = true;
            Optional<HeapShare.Lease> lease = heap.take(needed, limits.timeLimit());
            waitingForHeap = false;
            if (lease.isEmpty()) {
                return heapBusy(source);
            }
            try (HeapShare.Lease held = lease.get()) {
                return new Made(Optional.of(marked(loadable, added, plan)), added, true);
            }
        }

        /** The copy loaded, cleaned, marked and saved behind its 审核结果 sheet, which lists the findings and what the copy adds about itself. */
        private byte[] marked(Loadable loadable, List<Finding> added, CopyPlan plan) throws IOException, InterruptedException {
            Workbook workbook = loadable.load().workbook();
            try {
                loadable.clean().apply(workbook);
                stopIfAbandoned();
                List<Finding> listed = new ArrayList<>(findings);
                listed.addAll(added);
                MarkedWorkbook.mark(workbook, findings);
                MarkedWorkbook.addResultSheet(workbook, ResultSheet.of(outcome, listed, plan.copy(), notice), true);
                stopIfAbandoned();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            } finally {
                MarkedWorkbook.discard(workbook);
            }
        }
    }

    /** Counts a workbook's cells and names: what the zip guards refuse, or what cannot be parsed, is an {@link IOException}. */
    @FunctionalInterface
    private interface Counting {
        CopyPlan plan() throws IOException;
    }

    /** Makes ready what a plan loads: an .xlsx's package cleaned, an .xls as it is; what cannot be made ready safely is an {@link IOException}. */
    @FunctionalInterface
    private interface Preparing {
        Loadable prepare(CopyPlan plan) throws IOException, InterruptedException;
    }

    /** A workbook ready to be loaded into POI, the bytes of content it loads, and what is cleaned of it once loaded. */
    private record Loadable(long contentBytes, Loading load, Cleaning clean) {
    }

    @FunctionalInterface
    private interface Loading {
        Workbook workbook() throws IOException;
    }

    @FunctionalInterface
    private interface Cleaning {
        void apply(Workbook workbook) throws InterruptedException;
    }

    /** Why a plan makes no copy, as the school reads it: what the workbook holds that no copy could strip, else which limit it passed. */
    private String refused(CopyPlan plan, boolean legacy) {
        List<String> content = new ArrayList<>();
        for (CopyPlan.Refusal refusal : plan.refusals()) {
            switch (refusal) {
                case MACRO_SHEETS -> content.add("Excel 4.0 宏表");
                case AUTO_RUN_MACROS -> content.add("自动运行的宏");
                case EXTERNAL_LINKS -> content.add("指向其他工作簿的外部链接");
                case PIVOT_DATA_FROM_CONNECTIONS -> content.add("取自数据连接的数据透视表或数据模型");
                case TOO_MANY_NAMES, TOO_MANY_CELLS -> { }
            }
        }
        if (!content.isEmpty()) {
            return "工作簿含有" + String.join("、", content) + "，标注副本无法安全地去除";
        }
        if (plan.refusals().contains(CopyPlan.Refusal.TOO_MANY_NAMES)) {
            return "工作簿定义的名称过多（超过 " + cells(limits.maxNames()) + " 个）";
        }
        return (legacy ? "工作簿" : "报表的工作表") + "内容过多（超过 " + cells(limits.maxCells()) + " 个单元格）";
    }

    private static Made leftOutThisTime(SourceFile source, String why) {
        return Made.noneThisTime(Finding.of(Rule.FEEDBACK_COPY_LEFT_OUT, source, "", new Rule.Wording(why)));
    }

    /** A workbook whose parts the zip guards refuse, or that cannot be parsed or cleaned safely: the reader never looked at those parts. */
    private static Made unsafe(SourceFile source, IOException cause) {
        LOG.info("{}（SHA-256 {}）的工作簿无法安全计数或整理，只写问题清单", source.name(), source.sha256(), cause);
        return Made.none(Finding.of(Rule.FEEDBACK_COPY_LEFT_OUT, source, "", new Rule.Wording("工作簿中有超出安全上限或无法读取的部分")));
    }

    /** No heap became free in time: the other copies of the run held it, which the next run need not meet. */
    private Made heapBusy(SourceFile source) {
        return leftOutThisTime(source, "同时生成的其他标注副本占满了可用内存，等待 " + seconds() + " 秒仍未空出；下次运行会重新生成");
    }

    private String seconds() {
        long millis = limits.timeLimit().toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format("%.3f", millis / 1000.0);
    }

    private static String cells(long count) {
        return String.format("%,d", count);
    }

    /**
     * The sheets left out as F-FILE-13 names them: each quoted as a message quotes a value (what does
     * not show named), as many as fit in a phrase up to {@value #LISTED_SHEETS}, then how many in all.
     */
    private static Rule.Wording sheetList(List<String> sheets) {
        String all = " 等 " + sheets.size() + " 个";
        List<String> listed = new ArrayList<>();
        int length = 0;
        for (String sheet : sheets) {
            String quoted = "“" + Rule.quoted(sheet) + "”";
            int room = Rule.Wording.MAX_LENGTH - all.length() - (listed.isEmpty() ? 0 : 1);
            if (listed.size() == LISTED_SHEETS || length + quoted.length() > room) {
                break;
            }
            listed.add(quoted);
            length += quoted.length() + (listed.size() > 1 ? 1 : 0);
        }
        return new Rule.Wording(String.join("、", listed) + (listed.size() < sheets.size() ? all : ""));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
