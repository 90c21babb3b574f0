package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.form.ReturnContent;
import cn.vocstat.ingest.ReceivedFile;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.Sha256;
import cn.vocstat.rules.Rule;
import cn.vocstat.sample.YangquanSample;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is hashed is what is parsed: a return replaced on disk while it is being read is published
 * with the figures of the bytes its checksum names, never with another file's figures under it.
 */
class OneSnapshotPerFileTest {

    @TempDir
    Path dir;

    private final ReturnReader reader = new ReturnReader();

    @Test
    void aReturnReplacedBetweenHashingAndParsingIsReadAsTheBytesHashed() throws IOException {
        List<ReturnContent> schools = YangquanSample.returns(2025);
        Path received = Fixtures.write(dir.resolve("returns"), "年报.xlsx", schools.get(5), workbook -> { });
        byte[] original = Files.readAllBytes(received);
        Path other = Fixtures.write(dir.resolve("other"), "年报.xlsx", schools.get(0), workbook -> { });
        ReturnsFolder.Entry entry = ReturnsFolder.entries(received.getParent()).get(0);
        FileIngest ingest = new FileIngest(source -> Optional.empty(), source -> Optional.empty(), file -> {
            replace(other, received);
            return reader.read(file);
        }, raw -> new ReturnValidator(2025, Fixtures.reference().catalogue()).validate(raw));

        ReturnReading reading = ingest.ingest(entry).checked();

        assertNotEquals(Sha256.of(original), Sha256.of(received), "the file on disk is another school's now");
        assertEquals(Sha256.of(original), reading.source().sha256());
        assertEquals(schools.get(5).schoolCode(), reading.schoolCode(), "the figures are those of the bytes hashed");
    }

    @Test
    void aReturnReplacedAfterTheRunWasFingerprintedIsNotReadUnderTheOldFingerprint() throws IOException {
        List<ReturnContent> schools = YangquanSample.returns(2025);
        Path received = Fixtures.write(dir.resolve("returns"), "年报.xlsx", schools.get(5), workbook -> { });
        String listed = Sha256.of(received);
        Fixtures.write(dir.resolve("returns"), "年报.xlsx", schools.get(0), workbook -> { });
        ReturnsFolder.Entry entry = ReturnsFolder.entries(received.getParent()).get(0);
        FileIngest ingest = new FileIngest(source -> Optional.of(listed), source -> Optional.empty(), reader::read,
                raw -> new ReturnValidator(2025, Fixtures.reference().catalogue()).validate(raw));

        ReturnReading reading = ingest.ingest(entry).checked();

        assertTrue(reading.content().isEmpty(), "neither version's figures");
        assertEquals(Rule.FILE_UNREADABLE, reading.findings().get(0).rule());
        assertTrue(reading.findings().get(0).message().contains("在本次汇总开始后被改动"), reading.findings().get(0).message());
        assertEquals(Sha256.of(received), reading.source().sha256(), "named by what is there now");
    }

    @Test
    void aReturnSwappedOverAndOverIsAlwaysReadWholeAsOneOfItsVersions() throws Exception {
        List<ReturnContent> schools = YangquanSample.returns(2025);
        Path a = Fixtures.write(dir.resolve("a"), "年报.xlsx", schools.get(1), workbook -> { });
        Path b = Fixtures.write(dir.resolve("b"), "年报.xlsx", schools.get(2), workbook -> { });
        Map<String, String> schoolOfVersion = new HashMap<>();
        schoolOfVersion.put(Sha256.of(a), schools.get(1).schoolCode());
        schoolOfVersion.put(Sha256.of(b), schools.get(2).schoolCode());
        Path received = dir.resolve("returns").resolve("年报.xlsx");
        Files.createDirectories(received.getParent());
        replace(a, received);
        AtomicBoolean swapping = new AtomicBoolean(true);
        Thread school = new Thread(() -> {
            for (int i = 0; swapping.get(); i++) {
                replace(i % 2 == 0 ? b : a, received);
            }
        });
        school.start();
        try {
            for (int i = 0; i < 10; i++) {
                ReceivedFile file = ReceivedFile.read(received, "年报.xlsx");
                ReturnReading reading = reader.read(file);
                String sha = reading.source().sha256();
                assertTrue(schoolOfVersion.containsKey(sha), "a checksum of one of the two versions, not of a mixture");
                assertEquals(schoolOfVersion.get(sha), reading.schoolCode(), "the figures of the version the checksum names");
            }
        } finally {
            swapping.set(false);
            school.join();
        }
    }

    /** Puts a copy of {@code from} at {@code to} in one rename, as a file manager or a mail client saving an attachment does. */
    private static void replace(Path from, Path to) {
        try {
            Path copy = to.resolveSibling("." + to.getFileName() + "." + Thread.currentThread().getId());
            Files.copy(from, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.move(copy, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
