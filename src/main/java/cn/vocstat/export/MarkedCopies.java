package cn.vocstat.export;

import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
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
 * once more and checked against the file's SHA-256; its cells are counted before anything is loaded,
 * and a copy too large is cut to the form's sheets or left out; the heap it needs is taken out of a
 * share the copies made in parallel hold together; it must be done within a time limit; and an
 * {@link OutOfMemoryError} while making it leaves out that file's copy alone. A copy left out for
 * its cost is a finding of the file (F-FILE-14), not a fault of ours (F-FILE-10). No copy holds
 * macros, external links, OLE objects, ActiveX or ribbon customisation.
 */
final class MarkedCopies implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarkedCopies.class);
    /** Sheets left out that F-FILE-13 names before it says how many there are. */
    private static final int LISTED_SHEETS = 5;

    private final CopyLimits limits;
    private final HeapShare heap;
    private final ExecutorService workers;

    MarkedCopies(CopyLimits limits) {
        this.limits = limits;
        this.heap = new HeapShare(limits.heapForCopies());
        // daemons: a copy abandoned for its time never holds the JVM open
        CustomizableThreadFactory threads = new CustomizableThreadFactory("marked-copy-");
        threads.setDaemon(true);
        this.workers = Executors.newCachedThreadPool(threads);
    }

    /** A file's marked copy, its 审核结果 sheet in front (empty when there is none), and what the file's list must add about it. */
    record Made(Optional<byte[]> workbook, List<Finding> findings) {

        Made {
            findings = List.copyOf(findings);
        }

        static Made none(Finding why) {
            return new Made(Optional.empty(), List.of(why));
        }
    }

    /**
     * The marked copy of a file read as a return whose findings point at cells. {@code legacy}:
     * the file was an Excel 97-2003 workbook when its feedback was named, and its copy must be one.
     */
    Made make(FileFeedback outcome, List<Finding> findings, boolean legacy) {
        SourceFile source = outcome.source();
        Optional<byte[]> snapshot = snapshot(source);
        if (snapshot.isEmpty() || isLegacy(snapshot.get()) != legacy) {
            return Made.none(Finding.of(Rule.FEEDBACK_FILE_CHANGED, source, ""));
        }
        Future<Made> copy = workers.submit(() -> copy(outcome, findings, snapshot.get(), legacy));
        try {
            return copy.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // POI cannot be stopped while it loads or saves: the copy is abandoned, and gives back its heap when it ends
            copy.cancel(true);
            LOG.warn("{}（SHA-256 {}）的标注副本超过 {} 秒，只写问题清单", source.name(), source.sha256(), limits.timeLimit().toSeconds());
            return tooSlow(source);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                LOG.warn("{}（SHA-256 {}）的标注副本内存不足，只写问题清单", source.name(), source.sha256(), e.getCause());
                return leftOut(source, "生成标注副本时内存不足");
            }
            return Made.none(FileFault.of(source, FileStage.FEEDBACK, e.getCause()).forSchool(outcome.schoolCode()));
        } catch (InterruptedException e) {
            copy.cancel(true);
            Thread.currentThread().interrupt();
            return leftOut(source, "生成标注副本时运行被中断");
        }
    }

    /** The file's bytes as they are now, when they are those that were read: the same SHA-256, within the reader's size limit. */
    private static Optional<byte[]> snapshot(SourceFile source) {
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

    private static boolean isLegacy(byte[] bytes) {
        return FileMagic.valueOf(bytes) == FileMagic.OLE2;
    }

    private Made copy(FileFeedback outcome, List<Finding> findings, byte[] bytes, boolean legacy) throws IOException, InterruptedException {
        if (legacy) {
            return copyLegacy(outcome, findings, bytes);
        }
        return copyXlsx(outcome, findings, bytes);
    }

    private Made copyXlsx(FileFeedback outcome, List<Finding> findings, byte[] bytes) throws IOException, InterruptedException {
        XlsxPackage xlsx;
        try {
            xlsx = XlsxPackage.open(bytes);
        } catch (IOException e) {
            return unsafe(outcome.source(), e);
        }
        try (xlsx) {
            return copy(outcome, findings, false, () -> CopyPlan.of(xlsx, limits.maxCells()), plan -> {
                XlsxPackage.Cleaned cleaned = xlsx.cleaned(plan.emptied().stream().map(XlsxPackage.SheetPart::part).collect(Collectors.toSet()));
                return new Loadable(cleaned.inflatedBytes(), () -> new XSSFWorkbook(new ByteArrayInputStream(cleaned.zip())));
            });
        }
    }

    private Made copyLegacy(FileFeedback outcome, List<Finding> findings, byte[] bytes) throws IOException, InterruptedException {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            // without its other nodes kept, the workbook is saved without the VBA project and the embedded objects' storages
            return copy(outcome, findings, true, () -> CopyPlan.ofLegacy(file, limits.maxCells()),
                    plan -> new Loadable(bytes.length, () -> new HSSFWorkbook(file.getRoot(), false)));
        }
    }

    /** Counts a workbook's cells: what the zip guards refuse, or what cannot be parsed, is an {@link IOException}. */
    @FunctionalInterface
    private interface Counting {
        CopyPlan plan() throws IOException;
    }

    /** Makes ready what a plan loads: an .xlsx's package cleaned, an .xls as it is; what cannot be made ready safely is an {@link IOException}. */
    @FunctionalInterface
    private interface Preparing {
        Loadable prepare(CopyPlan plan) throws IOException;
    }

    /** A workbook ready to be loaded into POI, and the bytes of content it loads. */
    private record Loadable(long contentBytes, Loading load) {
    }

    @FunctionalInterface
    private interface Loading {
        Workbook workbook() throws IOException;
    }

    /**
     * The copy as its plan allows: none for too many cells, else loaded once the heap it needs is
     * taken from the share, then cleaned, marked and saved. What cannot be counted or made ready to
     * load is the file's problem, as unsafe as anything the zip guards refuse.
     */
    private Made copy(FileFeedback outcome, List<Finding> findings, boolean legacy, Counting counting, Preparing preparing)
            throws IOException, InterruptedException {
        SourceFile source = outcome.source();
        CopyPlan plan;
        Loadable loadable;
        try {
            plan = counting.plan();
            if (plan.copy() == ResultSheet.Copy.NONE) {
                return leftOut(source, (legacy ? "工作簿" : "报表的工作表") + "内容过多（超过 " + cells(limits.maxCells()) + " 个单元格）");
            }
            loadable = preparing.prepare(plan);
        } catch (IOException e) {
            return unsafe(source, e);
        }
        List<Finding> added = plan.copy() == ResultSheet.Copy.FORM_SHEETS
                ? List.of(Finding.of(Rule.FEEDBACK_SHEETS_LEFT_OUT, source, "", sheetList(plan.leftOut()), cells(limits.maxCells())))
                : List.of();
        long needed = CopyLimits.heapNeeded(plan.cells(), loadable.contentBytes(), legacy);
        Optional<HeapShare.Lease> lease = heap.take(needed, limits.timeLimit());
        if (lease.isEmpty()) {
            return withoutHeap(source, needed);
        }
        try (HeapShare.Lease held = lease.get()) {
            return new Made(Optional.of(marked(loadable.load().workbook(), outcome, findings, added, plan)), added);
        }
    }

    /** The copy cleaned, marked and saved behind its 审核结果 sheet, which lists the findings and what the copy adds about itself. */
    private static byte[] marked(Workbook workbook, FileFeedback outcome, List<Finding> findings, List<Finding> added, CopyPlan plan)
            throws IOException, InterruptedException {
        try {
            if (workbook instanceof XSSFWorkbook xlsx) {
                XlsxCleanup.apply(xlsx, plan.emptied().stream().map(XlsxPackage.SheetPart::name).toList());
            }
            stopIfAbandoned();
            List<Finding> listed = new ArrayList<>(findings);
            listed.addAll(added);
            MarkedWorkbook.mark(workbook, findings);
            MarkedWorkbook.addResultSheet(workbook, ResultSheet.of(outcome, listed, plan.copy()), true);
            stopIfAbandoned();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } finally {
            MarkedWorkbook.discard(workbook);
        }
    }

    /** A copy that took longer than its limit was abandoned: it stops at its next step rather than spend more. */
    private static void stopIfAbandoned() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the marked copy took longer than its time limit");
        }
    }

    private static Made leftOut(SourceFile source, String why) {
        return Made.none(Finding.of(Rule.FEEDBACK_COPY_LEFT_OUT, source, "", new Rule.Wording(why)));
    }

    /** A workbook whose parts the zip guards refuse, or that cannot be parsed or cleaned safely: the reader never looked at those parts. */
    private static Made unsafe(SourceFile source, IOException cause) {
        LOG.info("{}（SHA-256 {}）的工作簿无法安全计数或整理，只写问题清单", source.name(), source.sha256(), cause);
        return leftOut(source, "工作簿中有超出安全上限或无法读取的部分");
    }

    /** More heap than the whole share, or none free before the time limit (when the copy was abandoned anyway). */
    private Made withoutHeap(SourceFile source, long needed) {
        return HeapShare.megabytes(needed) > heap.capacityMb()
                ? leftOut(source, "生成标注副本约需 " + HeapShare.megabytes(needed) + " MB 内存，超过本次运行可给的 " + heap.capacityMb() + " MB")
                : tooSlow(source);
    }

    private Made tooSlow(SourceFile source) {
        long millis = limits.timeLimit().toMillis();
        return leftOut(source, "生成标注副本超过 " + (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format("%.3f", millis / 1000.0)) + " 秒");
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
