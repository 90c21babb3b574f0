package cn.vocstat.job;

import cn.vocstat.ingest.ReceivedFile;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.FileFault;
import cn.vocstat.rules.FileStage;
import cn.vocstat.store.ReadingCache;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads and checks one entry of the returns folder: its bytes, read once (what is hashed is what is
 * parsed, and must be what the run was fingerprinted on), what was read of the same content before (the reading cache), else a reading of those
 * bytes, then the checks a return answers on its own, and serialises the result for the spill and the cache, all on the ingest thread. A fault of
 * the program in reading or in checking fails that file alone (F-FILE-06, the return not used); the
 * run goes on with the others.
 */
final class FileIngest {

    /**
     * What ingest made of one entry: the checked reading, ready for the spill; the reader's output,
     * ready for the reading cache (null when there is nothing new to keep); and whether the content
     * was read before.
     */
    record Ingested(ReturnReading checked, ReadingSpill.Prepared spilled, ReadingCache.Prepared cached, boolean unchanged) {
    }

    private final Function<SourceFile, Optional<String>> listedAs;
    private final Function<SourceFile, Optional<ReturnReading>> readBefore;
    private final Function<ReceivedFile, ReturnReading> read;
    private final UnaryOperator<ReturnReading> check;

    /**
     * {@code listedAs} gives the SHA-256 a file had when the run was fingerprinted, {@code readBefore}
     * what the reading cache holds for a content, {@code read} and {@code check} the reading and the
     * checks of a return on its own.
     */
    FileIngest(Function<SourceFile, Optional<String>> listedAs, Function<SourceFile, Optional<ReturnReading>> readBefore,
               Function<ReceivedFile, ReturnReading> read, UnaryOperator<ReturnReading> check) {
        this.listedAs = listedAs;
        this.readBefore = readBefore;
        this.read = read;
        this.check = check;
    }

    Ingested ingest(ReturnsFolder.Entry entry) {
        if (entry.skipped().isPresent()) {
            return uncached(entry.skipped().get());
        }
        ReceivedFile received;
        try {
            received = ReceivedFile.read(entry.path(), entry.name());
        } catch (IOException e) {
            return uncached(ReturnReader.unreadable(entry.path(), entry.name(), e));
        }
        SourceFile source = received.source();
        if (listedAs.apply(source).filter(listed -> !listed.equals(source.sha256())).isPresent()) {
            // figures of this content would stand under the fingerprint of another: the run reads the file when it is run on it
            return uncached(ReturnReader.changedSinceListed(source));
        }
        Optional<ReturnReading> cached = readBefore.apply(source);
        ReturnReading raw;
        try {
            raw = cached.orElseGet(() -> read.apply(received));
        } catch (RuntimeException | StackOverflowError e) {
            return fault(source, FileStage.READ, e);
        }
        try {
            ReturnReading checked = check.apply(raw);
            return new Ingested(checked, ReadingSpill.prepare(checked), cached.isPresent() ? null : ReadingCache.prepare(raw), cached.isPresent());
        } catch (RuntimeException | StackOverflowError e) {
            return fault(source, FileStage.CHECK, e);
        }
    }

    private static Ingested fault(SourceFile source, FileStage stage, Throwable e) {
        return uncached(new ReturnReading(source, Optional.empty(), List.of(FileFault.of(source, stage, e))));
    }

    private static Ingested uncached(ReturnReading reading) {
        return new Ingested(reading, ReadingSpill.prepare(reading), null, false);
    }
}
