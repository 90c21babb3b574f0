package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.form.ReturnContent;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.indicator.PriorValues;
import cn.vocstat.ingest.ReceivedFile;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.reconcile.AcceptedVersions;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reconcile.PriorYearFigures;
import cn.vocstat.reconcile.Reconciler;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.reconcile.SchoolCheck;
import cn.vocstat.reconcile.SchoolWork;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.sample.YangquanSample;
import cn.vocstat.store.RunWriter;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault of the program in one stage, forced for one school's return, fails that return alone:
 * it gets F-FILE-06 naming the stage, no city figure counts it, and the other schools go on.
 */
class StageFaultsTest {

    private static final String YUXIAN = "3614000106";

    @TempDir
    Path dir;

    private final ReferenceData reference = Fixtures.reference();

    private List<ReturnsFolder.Entry> sampleFolder() throws IOException {
        for (ReturnContent school : YangquanSample.returns(2025)) {
            Fixtures.write(dir, school.schoolCode() + ".xlsx", school, workbook -> { });
        }
        return ReturnsFolder.entries(dir);
    }

    private FileIngest ingest(java.util.function.Function<ReceivedFile, ReturnReading> read,
                              java.util.function.UnaryOperator<ReturnReading> check) {
        return new FileIngest(source -> Optional.empty(), source -> Optional.empty(), read, check);
    }

    private static ReturnReading check(ReturnReading raw) {
        return new ReturnValidator(2025, Fixtures.reference().catalogue()).validate(raw);
    }

    private static void assertFault(ReturnReading reading, FileStage stage) {
        assertEquals(1, reading.findings().size(), reading.findings().toString());
        Finding fault = reading.findings().get(0);
        assertEquals(Rule.INTERNAL_ERROR, fault.rule());
        assertTrue(fault.message().contains("在“" + stage.label() + "”阶段") && fault.message().contains("IllegalStateException"), fault.message());
        assertTrue(reading.content().isEmpty(), "the return is not used");
    }

    @Test
    void aFaultWhileReadingOneFileFailsThatFileAlone() throws IOException {
        ReturnReader reader = new ReturnReader();
        FileIngest files = ingest(received -> {
            if (received.source().name().startsWith(YUXIAN)) {
                throw new IllegalStateException("forced in the reader");
            }
            return reader.read(received);
        }, StageFaultsTest::check);

        List<FileIngest.Ingested> ingested = sampleFolder().stream().map(files::ingest).toList();

        assertFault(ingested.get(5).checked(), FileStage.READ);
        assertTrue(ingested.subList(0, 5).stream().allMatch(i -> i.checked().findings().stream().noneMatch(Finding::isError)));
    }

    @Test
    void aFaultWhileCheckingOneFileFailsThatFileAlone() throws IOException {
        ReturnReader reader = new ReturnReader();
        FileIngest files = ingest(reader::read, raw -> {
            if (raw.schoolCode().equals(YUXIAN)) {
                throw new IllegalStateException("forced in the checks");
            }
            return check(raw);
        });

        List<FileIngest.Ingested> ingested = sampleFolder().stream().map(files::ingest).toList();

        assertFault(ingested.get(5).checked(), FileStage.CHECK);
        assertEquals(5, ingested.stream().filter(i -> i.checked().content().isPresent()).count());
    }

    @Test
    void aFaultOfTheTimeLimitedReaderIsThatFilesFinding() throws IOException {
        try (TimeLimitedCheck limit = new TimeLimitedCheck(java.time.Duration.ofSeconds(10))) {
            Path file = sampleFolder().get(5).path();
            var source = ReceivedFile.read(file, file.getFileName().toString()).source();

            ReturnReading reading = limit.check(source, FileStage.READ, () -> {
                throw new StackOverflowError("a reader that recursed too deep");
            });

            assertEquals(Rule.INTERNAL_ERROR, reading.findings().get(0).rule());
            assertTrue(reading.findings().get(0).message().contains("StackOverflowError"));
        }
    }

    @Test
    void theChecksOfAFileRunUnderTheTimeLimitTooAndTheirFaultNamesTheirStage() throws IOException {
        Path file = sampleFolder().get(5).path();
        var source = ReceivedFile.read(file, file.getFileName().toString()).source();
        try (TimeLimitedCheck limit = new TimeLimitedCheck(java.time.Duration.ofMillis(200))) {
            assertFault(limit.check(source, FileStage.CHECK, () -> {
                throw new IllegalStateException("a check that failed");
            }), FileStage.CHECK);

            ReturnReading slow = limit.check(source, FileStage.CHECK, () -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ReturnReading(source, Optional.empty(), List.of());
            });

            assertEquals(Rule.FILE_TIMEOUT, slow.findings().get(0).rule(), "a check that overruns is the file's timeout, the run goes on");
        }
    }

    private Consolidation reconcile(List<SchoolCheck> checks) throws IOException {
        List<ReturnReading> readings = new ArrayList<>();
        ReturnReader reader = new ReturnReader();
        for (ReturnsFolder.Entry entry : sampleFolder()) {
            readings.add(check(reader.read(entry.path(), entry.name())));
        }
        SchoolWork work = new SchoolWork() {
            @Override
            public List<SchoolCheck> checks() {
                return checks;
            }
        };
        return new Reconciler(2025, reference, PriorYearFigures.none(), Thresholds.defaults(), AcceptedVersions.NONE, work)
                .reconcile(readings);
    }

    private static void assertYuxianRejectedFor(Consolidation consolidation, FileStage stage) {
        ReturnOutcome yuxian = consolidation.outcomes().stream().filter(o -> o.reading().schoolCode().equals(YUXIAN)).findFirst().orElseThrow();
        assertEquals(ReturnStatus.REJECTED, yuxian.status());
        Finding fault = yuxian.reading().findings().stream().filter(f -> f.rule() == Rule.INTERNAL_ERROR).findFirst().orElseThrow();
        assertTrue(fault.message().contains("在“" + stage.label() + "”阶段"), fault.message());
        assertEquals(5, consolidation.accepted().size());
        assertEquals(List.of(YUXIAN), consolidation.missing().stream().map(s -> s.code()).toList());
        var indicators = new IndicatorCalculator(Fixtures.reference().cityStatistics(), PriorValues.none(), Thresholds.defaults())
                .compute(consolidation);
        assertEquals("5640", indicators.city(Indicator.STUDENTS).displayValue(), "the city's figures leave the failed return out");
        assertEquals("5/6", indicators.city(Indicator.STUDENTS).coverage());
    }

    @Test
    void aFaultInOneSchoolsOwnIndicatorsFailsThatReturnAloneBeforeTheCityCountsIt() throws IOException {
        Consolidation consolidation = reconcile(List.of(new SchoolCheck(FileStage.CONSOLIDATE, school -> {
            if (school.school().code().equals(YUXIAN)) {
                throw new IllegalStateException("forced in the school's indicators");
            }
        })));

        assertYuxianRejectedFor(consolidation, FileStage.CONSOLIDATE);
    }

    @Test
    void aReturnWhoseRowsWouldNotFitTheDatabaseFailsAloneInTheStoreStage() throws IOException {
        // A value the reader would never let through, as a changed reader or a corrupt reading cache could hand over.
        Consolidation consolidation = reconcile(List.of(new SchoolCheck(FileStage.STORE, school -> {
            SchoolReturn content = school.content();
            if (school.school().code().equals(YUXIAN)) {
                Map<InfoField, Object> values = new EnumMap<>(InfoField.class);
                values.putAll(content.info().values());
                values.put(InfoField.AUTHORITY, "阳泉".repeat(150));
                content = new SchoolReturn(content.source(), new cn.vocstat.model.Figures<>(content.info().sheet(), 0, values,
                        new HashMap<>(content.info().cells())), content.majors(), content.staff(), content.awards(), content.services(),
                        content.finance(), content.explanations());
            }
            RunWriter.checkStorable(2025, new cn.vocstat.reconcile.AcceptedReturn(school.school(), content, false), reference.catalogue());
        })));

        assertYuxianRejectedFor(consolidation, FileStage.STORE);
    }
}
