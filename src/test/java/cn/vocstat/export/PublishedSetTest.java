package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Outputs;
import cn.vocstat.model.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader of output/<year>/ sees one run's set of outputs whole, whatever moment publishing is
 * stopped at, and the next publish completes it (or the published run's set is put back); what a
 * person changed among the published files is kept, never overwritten.
 */
class PublishedSetTest {

    private static final int YEAR = 2025;

    @TempDir
    Path root;

    /** Run 1's outputs: one file it alone has, one that run 2 writes again unchanged. */
    private static final Map<String, String> RUN_1 = files(
            "质量年报数据-2025.xlsx", "workbook of run 1",
            "csv/指标汇总.csv", "indicators of run 1",
            "csv/学校概况.csv", "schools, the same in both runs",
            "反馈/盂县_审核反馈.xlsx", "feedback of run 1",
            "反馈/平定_审核反馈.xlsx", "feedback, the same in both runs",
            "旧表.xlsx", "a table only run 1 wrote");

    /** Run 2's outputs: a new name (变更说明), one name gone (旧表). */
    private static final Map<String, String> RUN_2 = files(
            "质量年报数据-2025.xlsx", "workbook of run 2",
            "csv/指标汇总.csv", "indicators of run 2",
            "csv/学校概况.csv", "schools, the same in both runs",
            "反馈/盂县_审核反馈.xlsx", "feedback of run 2",
            "反馈/平定_审核反馈.xlsx", "feedback, the same in both runs",
            "变更说明.xlsx", "changes of run 2");

    /** Thrown where publishing is stopped, as a kill would stop it: nothing after it runs. */
    private static final class Killed extends Error {
    }

    @Test
    void aPublishStoppedAtAnyStepLeavesOneWholeSetAndTheNextPublishCompletesIt() throws IOException {
        List<String> steps = new ArrayList<>();
        Path counted = root.resolve("counted");
        publish(counted, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
        publish(counted, 2, RUN_2, published(counted, 1), steps::add);
        assertTrue(steps.size() >= 8, "every file, link and switch is a step: " + steps);

        for (int stop = 0; stop < steps.size(); stop++) {
            Path yearDir = root.resolve("stopped-at-" + stop);
            publish(yearDir, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
            Optional<PublishedSet.Published> first = published(yearDir, 1);
            publishKilledBefore(yearDir, first, stop);

            Map<String, String> seen = readersView(yearDir);
            assertTrue(seen.equals(RUN_1) || seen.equals(RUN_2), "stopped before " + steps.get(stop) + ", a reader sees " + seen);

            publish(yearDir, 2, RUN_2, first, PublishedSet.Steps.NONE);
            assertEquals(RUN_2, readersView(yearDir), "the publish repeated after " + steps.get(stop) + " completes");
        }
    }

    @Test
    void aPublishStoppedAfterItSwitchedCanBeRolledBackToThePublishedRun() throws IOException {
        Path yearDir = root.resolve("output/2025");
        publish(yearDir, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
        Optional<PublishedSet.Published> first = published(yearDir, 1);
        assertThrows(Killed.class, () -> publish(yearDir, 2, RUN_2, first, what -> {
            if (what.startsWith("移除链接")) {
                throw new Killed();
            }
        }));
        assertEquals(2, new PublishedSet(yearDir, PublishedSet.Steps.NONE).current().getAsLong(), "it had switched");

        PublishedSet set = new PublishedSet(yearDir, PublishedSet.Steps.NONE);
        assertEquals(List.of(), set.install(OutputSet.archive(yearDir, YEAR, 1).dir(), 1, first.get().files(), Optional.empty()));

        assertEquals(RUN_1, readersView(yearDir));
        assertTrue(set.isInForce(1, first.get().files()));
    }

    @Test
    void aFileChangedByHandIsPutBackAndTheChangedOneKept() throws IOException {
        Path yearDir = root.resolve("output/2025");
        publish(yearDir, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
        List<OutputFile> files = published(yearDir, 1).orElseThrow().files();
        Files.writeString(yearDir.resolve("csv/指标汇总.csv"), "a figure corrected by hand", StandardCharsets.UTF_8);
        Files.delete(yearDir.resolve("反馈/盂县_审核反馈.xlsx"));
        PublishedSet set = new PublishedSet(yearDir, PublishedSet.Steps.NONE);
        assertFalse(set.isInForce(1, files));

        PublishedSet.Repair repair = set.repair(OutputSet.archive(yearDir, YEAR, 1).dir(), 1, files);

        assertEquals(List.of("csv/指标汇总.csv", "反馈/盂县_审核反馈.xlsx"), repair.restored().stream().map(OutputFile::path).toList());
        assertEquals(RUN_1, readersView(yearDir));
        assertEquals(List.of("csv/指标汇总.csv"), paths(set.outcome()));
        assertEquals("a figure corrected by hand", Files.readString(keptAt(set.outcome(), "csv/指标汇总.csv"), StandardCharsets.UTF_8));
        assertTrue(keptAt(set.outcome(), "csv/指标汇总.csv").startsWith(yearDir.resolve(PublishedSet.KEPT)), "a file of a folder is kept in the folder of kept files");
    }

    @Test
    void aWorkbookEditedInPlaceIsKeptBesideItsNameNamedForWhenItWasEdited() throws IOException {
        Path yearDir = root.resolve("output/2025");
        publish(yearDir, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
        List<OutputFile> files = published(yearDir, 1).orElseThrow().files();
        Path workbook = yearDir.resolve("质量年报数据-2025.xlsx");
        Files.writeString(workbook, "the analyst's notes in the workbook", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(workbook, FileTime.from(LocalDateTime.of(2026, 12, 4, 10, 15).atZone(ZoneId.systemDefault()).toInstant()));
        Path earlierEdit = yearDir.resolve("质量年报数据-2025（已编辑 2026-12-04 10.15）.xlsx");
        Files.writeString(earlierEdit, "an edit kept by an earlier run", StandardCharsets.UTF_8);
        PublishedSet set = new PublishedSet(yearDir, PublishedSet.Steps.NONE);

        set.repair(OutputSet.archive(yearDir, YEAR, 1).dir(), 1, files);

        assertEquals(RUN_1, readersView(yearDir));
        Path kept = yearDir.resolve("质量年报数据-2025（已编辑 2026-12-04 10.15，2）.xlsx");
        assertEquals(List.of(new PublishedSet.Kept("质量年报数据-2025.xlsx", kept)), set.outcome().kept());
        assertEquals("the analyst's notes in the workbook", Files.readString(kept, StandardCharsets.UTF_8));
        assertEquals("an edit kept by an earlier run", Files.readString(earlierEdit, StandardCharsets.UTF_8), "never one kept file over another");

        publish(yearDir, 2, RUN_2, published(yearDir, 1), PublishedSet.Steps.NONE);

        assertEquals("the analyst's notes in the workbook", Files.readString(kept, StandardCharsets.UTF_8), "a later run leaves kept files alone");
        assertEquals(RUN_2, readersView(yearDir));
    }

    private static List<String> paths(PublishedSet.Outcome outcome) {
        return outcome.kept().stream().map(PublishedSet.Kept::path).sorted().toList();
    }

    private static Path keptAt(PublishedSet.Outcome outcome, String path) {
        return outcome.kept().stream().filter(k -> k.path().equals(path)).findFirst().orElseThrow().keptAt();
    }

    @Test
    void filesOfTheLayoutBeforeSetsBecomeLinksAndOnlyWhatAPersonChangedIsKept() throws IOException {
        Path yearDir = root.resolve("output/2025");
        publish(yearDir, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
        Optional<PublishedSet.Published> first = published(yearDir, 1);
        // as an earlier version published: plain copies at the published names, one of them edited, one added by a person
        for (String name : List.of("质量年报数据-2025.xlsx", "csv", "反馈", "旧表.xlsx")) {
            Path copy = yearDir.resolve(name + ".copy");
            Files.walk(yearDir.resolve(name), java.nio.file.FileVisitOption.FOLLOW_LINKS).forEach(from -> copyKeepingTime(from,
                    copy.resolve(yearDir.resolve(name).relativize(from).toString())));
            Files.delete(yearDir.resolve(name));
            Files.move(copy, yearDir.resolve(name));
        }
        Files.writeString(yearDir.resolve("csv/指标汇总.csv"), "edited in the old layout", StandardCharsets.UTF_8);
        Files.writeString(yearDir.resolve("csv/我的笔记.txt"), "a note of the analyst", StandardCharsets.UTF_8);

        PublishedSet.Outcome outcome = publish(yearDir, 2, RUN_2, first, PublishedSet.Steps.NONE);

        assertEquals(RUN_2, readersView(yearDir));
        assertTrue(Files.isSymbolicLink(yearDir.resolve("csv")) && Files.isSymbolicLink(yearDir.resolve("质量年报数据-2025.xlsx")));
        assertEquals(List.of("csv/我的笔记.txt", "csv/指标汇总.csv"), paths(outcome));
        assertEquals("a note of the analyst", Files.readString(keptAt(outcome, "csv/我的笔记.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void whatAPersonAddedOrChangedInThePublishedSetIsKeptWhenTheNextRunIsPublished() throws IOException {
        Path yearDir = root.resolve("output/2025");
        publish(yearDir, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
        Files.writeString(yearDir.resolve("csv/我的笔记.txt"), "a note of the analyst", StandardCharsets.UTF_8);
        Files.writeString(yearDir.resolve("反馈/平定_审核反馈.xlsx"), "the school's feedback, annotated", StandardCharsets.UTF_8);
        Files.writeString(yearDir.resolve("反馈/~$平定_审核反馈.xlsx"), "Office's lock of an open workbook", StandardCharsets.UTF_8);

        PublishedSet.Outcome second = publish(yearDir, 2, RUN_2, published(yearDir, 1), PublishedSet.Steps.NONE);
        Map<String, String> three = new TreeMap<>(RUN_2);
        three.put("csv/指标汇总.csv", "indicators of run 3");
        publish(yearDir, 3, three, published(yearDir, 2), PublishedSet.Steps.NONE);

        assertEquals(RUN_2.get("反馈/平定_审核反馈.xlsx"), readersView(yearDir).get("反馈/平定_审核反馈.xlsx"), "the published file is the run's");
        assertEquals(List.of("csv/我的笔记.txt", "反馈/平定_审核反馈.xlsx"), paths(second));
        assertEquals("a note of the analyst", Files.readString(keptAt(second, "csv/我的笔记.txt"), StandardCharsets.UTF_8));
        assertEquals("the school's feedback, annotated", Files.readString(keptAt(second, "反馈/平定_审核反馈.xlsx"), StandardCharsets.UTF_8),
                "still there after the set it was made in was removed");
    }

    @Test
    void theFirstSetOfAFolderOfTheLayoutBeforeSetsNeverLeavesANameEmptyWhereverItIsStopped() throws IOException {
        List<String> steps = new ArrayList<>();
        Path counted = root.resolve("counted");
        layoutBeforeSets(counted);
        publish(counted, 2, RUN_2, published(counted, 1), steps::add);

        for (int stop = 0; stop < steps.size(); stop++) {
            Path yearDir = root.resolve("stopped-at-" + stop);
            layoutBeforeSets(yearDir);
            Optional<PublishedSet.Published> first = published(yearDir, 1);
            publishKilledBefore(yearDir, first, stop);

            Map<String, String> seen = readersView(yearDir);
            for (String path : RUN_1.keySet()) {
                if (RUN_2.containsKey(path)) {
                    assertTrue(RUN_1.get(path).equals(seen.get(path)) || RUN_2.get(path).equals(seen.get(path)),
                            "stopped before " + steps.get(stop) + ", " + path + " shows " + seen.get(path));
                }
            }

            publish(yearDir, 2, RUN_2, first, PublishedSet.Steps.NONE);
            assertEquals(RUN_2, readersView(yearDir), "the publish repeated after " + steps.get(stop) + " completes");
        }
    }

    /** A folder as an earlier version published run 1: plain copies of its files at the published names, and its archive. */
    private static void layoutBeforeSets(Path yearDir) throws IOException {
        OutputLayout archive = OutputSet.archive(yearDir, YEAR, 1);
        for (Map.Entry<String, String> file : RUN_1.entrySet()) {
            for (Path target : List.of(archive.dir().resolve(file.getKey()), yearDir.resolve(file.getKey()))) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            Files.setLastModifiedTime(yearDir.resolve(file.getKey()), Files.getLastModifiedTime(archive.dir().resolve(file.getKey())));
        }
    }

    @Test
    void aContentUnchangedByARunIsLinkedFromThePreviousSetAndKeepsItsTime() throws IOException {
        Path yearDir = root.resolve("output/2025");
        publish(yearDir, 1, RUN_1, Optional.empty(), PublishedSet.Steps.NONE);
        Path same = yearDir.resolve("反馈/平定_审核反馈.xlsx");
        Object before = Files.getAttribute(same.toRealPath(), "unix:ino");
        long time = Files.getLastModifiedTime(same).toMillis();

        publish(yearDir, 2, RUN_2, published(yearDir, 1), PublishedSet.Steps.NONE);

        assertEquals(before, Files.getAttribute(same.toRealPath(), "unix:ino"), "the same file, linked, not copied");
        assertEquals(time, Files.getLastModifiedTime(same).toMillis());
    }

    /** Writes a run's files into its staging folder, then publishes them as the run's publish step does. */
    private static PublishedSet.Outcome publish(Path yearDir, long runId, Map<String, String> files, Optional<PublishedSet.Published> previous,
                                                PublishedSet.Steps steps) throws IOException {
        OutputLayout staged = OutputSet.staging(yearDir, YEAR, runId);
        if (!Files.isDirectory(OutputSet.archive(yearDir, YEAR, runId).dir())) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = staged.dir().resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        Path written = Files.isDirectory(staged.dir()) ? staged.dir() : OutputSet.archive(yearDir, YEAR, runId).dir();
        List<OutputFile> manifest = OutputSet.manifest(written, previous.map(PublishedSet.Published::files).orElse(List.of()));
        return OutputSet.publish(yearDir, staged, runId, manifest, previous, 10, steps);
    }

    private static Optional<PublishedSet.Published> published(Path yearDir, long runId) throws IOException {
        return Optional.of(new PublishedSet.Published(runId, OutputSet.manifest(OutputSet.archive(yearDir, YEAR, runId).dir(), List.of())));
    }

    /** What a reader opening output/<year>/ finds: each file by its path there, with its text. */
    /** Publishes run 2 over {@code first}, killed before its {@code stop}-th change on disk. */
    private static void publishKilledBefore(Path yearDir, Optional<PublishedSet.Published> first, int stop) {
        int[] step = {0};
        assertThrows(Killed.class, () -> publish(yearDir, 2, RUN_2, first, what -> {
            if (step[0]++ == stop) {
                throw new Killed();
            }
        }));
    }

    private static Map<String, String> readersView(Path yearDir) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        for (Map.Entry<String, Path> file : Outputs.published(yearDir).entrySet()) {
            seen.put(file.getKey(), Files.readString(file.getValue(), StandardCharsets.UTF_8));
        }
        return seen;
    }

    private static void copyKeepingTime(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return new TreeMap<>(files);
    }
}
