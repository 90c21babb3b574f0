package cn.vocstat.export;

import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reference.SubmissionNotice;
import cn.vocstat.rules.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Worksheet;

/**
 * The feedback a school officer acts on without asking anyone: a copy of the school's own workbook
 * in which every cell with a finding is filled (red for 错误, yellow for 警告, turquoise for 提示) and carries a comment
 * with the rule and the message, behind a first sheet 审核结果 that lists every finding with a link
 * to its cell; and the same list as CSV. The school's own values are never changed. A file with no
 * finding on a cell gets the 审核结果 sheet alone: there is nothing to mark in its copy. The copy is
 * made within limits of cells, heap and time ({@link MarkedCopies}): a file whose copy would cost
 * too much gets the form's sheets alone marked, or the list alone, and a finding that says why.
 * Feedback whose file, status and findings are unchanged since it was written is left as it is,
 * unless its copy was left out for what a later run may not meet (time, heap, a file being changed).
 */
public final class FeedbackWriter {

    public static final String RESULT_SHEET = "审核结果";
    static final String WORKBOOK_SUFFIX = "_审核反馈";
    static final String CSV_SUFFIX = "_审核结果.csv";

    /**
     * Files taken at a time, their findings held in memory. A batch's files are written by a
     * parallel stream, on the common fork-join pool: as many at once as the machine has cores, and
     * the heap their marked copies hold together is bounded apart ({@link CopyLimits#heapForCopies}).
     */
    private static final int BATCH = 64;
    /**
     * What the feedback is made by: feedback written by an earlier version (a copy that kept its
     * macros or its data connections, a key without the copy's findings) is written again.
     */
    private static final String VERSION = "marked copy 3";

    private final CopyLimits limits;
    private final SubmissionNotice notice;

    /** {@code notice}: what each school's list says about resubmitting (the deadline, whom to ask). */
    public FeedbackWriter(SubmissionNotice notice) {
        this(CopyLimits.defaults(), notice);
    }

    FeedbackWriter(CopyLimits limits) {
        this(limits, SubmissionNotice.NONE);
    }

    FeedbackWriter(CopyLimits limits, SubmissionNotice notice) {
        this.limits = limits;
        this.notice = notice;
    }

    /** Files in order, each with its own findings; read twice: once for the names, once to write. */
    @FunctionalInterface
    public interface ReceivedFiles {
        void forEach(Consumer<FileFeedback> file);
    }

    /** The feedback workbook written for one file, and what its list adds about the copy (F-FILE-10, F-FILE-13 to F-FILE-15). */
    public record Written(Path workbook, List<Finding> findings) {

        public Written {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Writes the feedback of every file received in this run into an empty folder, a batch of files
     * at a time, the files of a batch in parallel: memory holds one batch, whatever the number of
     * files. A version carried over from an earlier run was not received now and gets none: the
     * feedback of the file that replaced it says it is in use; an entry of the folder that is no
     * return (a folder, a lock file) gets none either. Feedback whose file, status and findings are
     * the same as in the previous run's folder is linked from there, not written again. A file whose
     * marked copy is cut down or left out, or cannot be written, gets the finding that says so in its
     * list; those findings are returned, for the run's 数据质量, linked feedback's as well.
     */
    public List<Finding> writeAll(Path folder, Optional<Path> previous, ReceivedFiles files) throws IOException {
        Files.createDirectories(folder);
        List<FileFeedback> named = new ArrayList<>();
        files.forEach(file -> {
            if (file.received()) {
                named.add(new FileFeedback(file.source(), file.schoolCode(), file.schoolName(), file.status(), file.readAsReturn(), List.of()));
            }
        });
        Map<String, String> names = FeedbackNames.of(named);
        named.clear();
        List<Finding> added = Collections.synchronizedList(new ArrayList<>());
        List<FileFeedback> batch = new ArrayList<>(BATCH);
        try (MarkedCopies copies = new MarkedCopies(limits, notice)) {
            files.forEach(file -> {
                if (file.received()) {
                    batch.add(file);
                }
                if (batch.size() == BATCH) {
                    writeBatch(folder, previous, names, batch, copies, added);
                    batch.clear();
                }
            });
            writeBatch(folder, previous, names, batch, copies, added);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(added);
    }

    private void writeBatch(Path folder, Optional<Path> previous, Map<String, String> names, List<FileFeedback> batch,
                            MarkedCopies copies, List<Finding> added) {
        batch.parallelStream().forEach(file -> {
            String base = names.get(file.source().key());
            try {
                Optional<byte[]> snapshot = snapshot(file);
                boolean legacy = isLegacy(file, snapshot);
                Path key = folder.resolve("." + base + ".key");
                String fingerprint = fingerprint(file, notice);
                List<String> parts = List.of(workbookName(base, legacy), base + CSV_SUFFIX);
                Optional<FeedbackKey> reused = reused(previous, folder, parts, key, fingerprint, file.source());
                if (reused.isPresent()) {
                    added.addAll(reused.get().copyFindings());
                    return;
                }
                MarkedCopies.Made copy = write(folder, base, file, snapshot, legacy, copies, notice);
                added.addAll(copy.findings());
                if (copy.reusable()) {
                    new FeedbackKey(fingerprint, copy.findings()).write(key);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Links the file's feedback, and its key, from the previous folder when it was made of the same
     * file, status and findings; the key, with what the copy added to the file's list.
     */
    private static Optional<FeedbackKey> reused(Optional<Path> previous, Path folder, List<String> parts, Path key, String fingerprint,
                                                SourceFile source) throws IOException {
        if (previous.isEmpty() || !parts.stream().allMatch(p -> Files.isRegularFile(previous.get().resolve(p)))) {
            return Optional.empty();
        }
        Path previousKey = previous.get().resolve(key.getFileName());
        Optional<FeedbackKey> kept = FeedbackKey.read(previousKey, source).filter(k -> k.fingerprint().equals(fingerprint));
        if (kept.isPresent()) {
            for (String part : parts) {
                OutputSet.linkOrCopy(previous.get().resolve(part), folder.resolve(part));
            }
            OutputSet.linkOrCopy(previousKey, key);
        }
        return kept;
    }

    /** Writes the feedback of one received file into the folder. */
    public Written write(Path folder, FileFeedback file) throws IOException {
        String base = FeedbackNames.of(List.of(file)).get(file.source().key());
        Optional<byte[]> snapshot = snapshot(file);
        boolean legacy = isLegacy(file, snapshot);
        try (MarkedCopies copies = new MarkedCopies(limits, notice)) {
            return new Written(folder.resolve(workbookName(base, legacy)), write(folder, base, file, snapshot, legacy, copies, notice).findings());
        }
    }

    /**
     * The school's marked copy, or its list alone, and its findings CSV. The list holds the file's
     * findings and what the copy adds about itself: left out or cut down for its cost or its
     * content, the file changed since it was read, or a fault of ours while marking it.
     */
    private static MarkedCopies.Made write(Path folder, String base, FileFeedback outcome, Optional<byte[]> snapshot, boolean legacy,
                                           MarkedCopies copies, SubmissionNotice notice) throws IOException {
        List<Finding> own = outcome.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
        Path workbookFile = folder.resolve(workbookName(base, legacy));
        boolean pointsAtCells = outcome.readAsReturn() && own.stream().anyMatch(f -> MarkedWorkbook.isCellLocation(f.location()));
        MarkedCopies.Made copy = pointsAtCells ? copies.make(outcome, own, snapshot) : MarkedCopies.Made.NOTHING;
        List<Finding> listed = new ArrayList<>(own);
        listed.addAll(copy.findings());
        if (copy.workbook().isPresent()) {
            AtomicFiles.write(workbookFile, out -> out.write(copy.workbook().get()));
        } else {
            writeList(workbookFile, outcome, listed, legacy, notice);
        }
        new CsvTableWriter().write(folder, List.of(new ResultSheet("", List.of(), listed).table(base + "_审核结果")));
        return copy;
    }

    /**
     * The 审核结果 sheet alone, written with fastexcel: a verdict for a few kilobytes and a fraction of
     * a millisecond, not a workbook model built and saved. A legacy .xls is answered in its own
     * format, and a list with text a spreadsheet could take for a formula is marked as text, with POI.
     */
    private static void writeList(Path target, FileFeedback outcome, List<Finding> listed, boolean legacy, SubmissionNotice notice)
            throws IOException {
        ResultSheet content = ResultSheet.of(outcome, listed, ResultSheet.Copy.NONE, notice);
        if (!legacy && !content.hasRiskyText()) {
            writeResultOnly(target, content);
            return;
        }
        Workbook workbook = legacy ? new HSSFWorkbook() : new XSSFWorkbook();
        try {
            MarkedWorkbook.addResultSheet(workbook, content, false);
            AtomicFiles.write(target, workbook::write);
        } finally {
            MarkedWorkbook.discard(workbook);
        }
    }

    /** The 审核结果 sheet as a workbook of its own, with fastexcel: its text has nothing a spreadsheet could take for a formula. */
    private static void writeResultOnly(Path target, ResultSheet content) throws IOException {
        AtomicFiles.write(target, out -> {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "vocstat", "1.0");
            Worksheet sheet = workbook.newWorksheet(RESULT_SHEET);
            sheet.inlineString(0, 0, content.title());
            sheet.style(0, 0).bold().fontSize(14).set();
            for (int r = 0; r < content.summary().size(); r++) {
                // each line wraps across the list's width rather than running off the printed page
                sheet.inlineString(r + 1, 0, content.summary().get(r));
                sheet.range(r + 1, 0, r + 1, ResultSheet.COLUMNS.size() - 1).merge();
                sheet.rowHeight(r + 1, ResultSheet.summaryHeight(content.summary().get(r)));
                var style = sheet.style(r + 1, 0).wrapText(true).verticalAlignment("top");
                (r == ResultSheet.VERDICT_LINE ? style.bold() : style).set();
            }
            int header = content.headerRow();
            for (int c = 0; c < ResultSheet.COLUMNS.size(); c++) {
                sheet.inlineString(header, c, ResultSheet.COLUMNS.get(c).header());
                sheet.style(header, c).bold().fillColor("D9D9D9").set();
                sheet.width(c, ResultSheet.WIDTHS[c]);
            }
            int number = 1;
            for (Finding finding : content.findings()) {
                Object[] cells = ResultSheet.cells(number, finding);
                int row = header + number++;
                sheet.value(row, 0, (Integer) cells[0]);
                for (int c = 1; c < cells.length; c++) {
                    sheet.inlineString(row, c, (String) cells[c]);
                }
                sheet.style(row, ResultSheet.MESSAGE_COLUMN).wrapText(true).verticalAlignment("top").set();
                sheet.rowHeight(row, ResultSheet.rowHeight(finding));
            }
            sheet.freezePane(0, header + 1);
            sheet.pageOrientation("landscape");
            sheet.paperSize(PaperSize.A4_PAPER);
            sheet.pageScale(PagePrint.SMALLEST_PERCENT); // the list's 125 characters on one landscape page, its text at 8 points
            sheet.repeatRows(header);
            sheet.header("&\"宋体,Bold\"" + content.title(), Position.CENTER); // as PagePrint heads every other sheet
            sheet.footer("第 &P 页 共 &N 页", Position.CENTER);
            workbook.finish();
        });
    }

    /**
     * What a file's feedback is made of: its content, its status and its findings. When it has not
     * changed since the feedback was written, the feedback is not written again.
     */
    /** What a file's feedback is made of: a changed deadline or contact rewrites it as a changed finding does. */
    private static String fingerprint(FileFeedback outcome, SubmissionNotice notice) {
        StringBuilder text = new StringBuilder(VERSION).append('|').append(outcome.source().sha256()).append('|').append(outcome.status())
                .append('|').append(notice);
        outcome.findings().forEach(f -> text.append('|').append(f.rule().id()).append(f.location()).append(f.message()).append(f.resolution()).append(f.note()));
        return Sha256.of(text.toString());
    }

    /** The feedback workbook's name: the school's .xls returns as .xls, anything else as .xlsx. */
    private static String workbookName(String base, boolean legacy) {
        return base + WORKBOOK_SUFFIX + (legacy ? ".xls" : ".xlsx");
    }

    /** The bytes of a file read as a return, when they are still those that were read: what its copy is made from. */
    private static Optional<byte[]> snapshot(FileFeedback outcome) {
        return outcome.readAsReturn() ? MarkedCopies.snapshot(outcome.source()) : Optional.empty();
    }

    /**
     * A return read from an Excel 97-2003 file, as the bytes that were read say; when the file is no
     * longer those bytes (its list alone is written), as the name it was received under says.
     */
    private static boolean isLegacy(FileFeedback outcome, Optional<byte[]> snapshot) {
        return outcome.readAsReturn()
                && snapshot.map(MarkedCopies::isLegacy).orElse(outcome.source().name().toLowerCase(Locale.ROOT).endsWith(".xls"));
    }
}
