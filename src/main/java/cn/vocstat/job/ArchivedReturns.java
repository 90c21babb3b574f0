package cn.vocstat.job;

import cn.vocstat.ingest.ReceivedFile;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reconcile.AcceptedVersions;
import cn.vocstat.reference.MajorCatalogue;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.StoredVersion;
import cn.vocstat.validate.ReturnValidator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds a school's last accepted return in the database and reads it again with today's reader and
 * rules, so that a carried-over version is exactly what was accepted, traced to its file and checksum.
 */
final class ArchivedReturns implements AcceptedVersions {

    private final ConsolidationStore store;
    private final ReturnValidator validator;
    private final ReturnReader reader = new ReturnReader();

    ArchivedReturns(ConsolidationStore store, int year, MajorCatalogue catalogue) {
        this.store = store;
        this.validator = new ReturnValidator(year, catalogue);
    }

    @Override
    public Optional<ReturnReading> lastAccepted(int year, String schoolCode) {
        return store.lastAcceptedVersion(year, schoolCode).map(this::read);
    }

    private ReturnReading read(StoredVersion version) {
        return validator.validate(reader.read(ReceivedFile.of(version.content(), Path.of(version.fileName()), version.fileName(),
                version.receivedAt() == null ? Instant.now() : version.receivedAt())));
    }
}
