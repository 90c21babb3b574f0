package cn.vocstat.store;

import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the reader made of each file content, by SHA-256: a rerun reads again only the returns whose
 * content changed. The checks are run again on a cached reading (they depend on the year and the
 * reference data); a reading that failed for a passing reason (time limit, our own fault) is not kept.
 */
@Repository
public class ReadingCache {

    /** Deserialisation accepts our own records and the JDK value types they hold, nothing else. */
    private static final ObjectInputFilter ONLY_OUR_RECORDS = ObjectInputFilter.Config.createFilter(
            "maxdepth=30;maxbytes=20000000;cn.vocstat.**;java.lang.*;java.math.*;java.time.*;java.util.*;!*");
    private static final Set<Rule> PASSING_FAILURES = Set.of(Rule.FILE_TIMEOUT, Rule.INTERNAL_ERROR);

    /** The reader's output for one content, without the file it came in. */
    private record Cached(SchoolReturn content, List<Finding> findings) implements Serializable {
    }

    private final JdbcTemplate jdbc;

    public ReadingCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reading of a content read before, traced to this file. */
    public Optional<ReturnReading> find(SourceFile file) {
        if (file.sha256().isEmpty()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT content FROM vs_reading_cache WHERE sha256 = ? AND reader_version = ?",
                        (rs, i) -> rs.getBytes(1), file.sha256(), ReturnReader.VERSION)
                .stream().findFirst()
                .flatMap(ReadingCache::deserialise)
                .map(cached -> new ReturnReading(file, Optional.ofNullable(cached.content()), cached.findings()).withSource(file));
    }

    /** A reading serialised for the cache, keyed by its content's SHA-256. */
    public record Prepared(String sha256, byte[] content) {
    }

    /** The reading ready to be kept; null when it is not to be kept (no checksum, or a failure that may pass). */
    public static Prepared prepare(ReturnReading reading) {
        String sha256 = reading.source().sha256();
        boolean passing = reading.findings().stream().anyMatch(f -> PASSING_FAILURES.contains(f.rule()));
        if (sha256.isEmpty() || passing) {
            return null;
        }
        return new Prepared(sha256, serialise(new Cached(reading.content().orElse(null), reading.findings())));
    }

    /** Keeps the readings whose content is not kept yet, in one query and one batch; returns how many were added. */
    public int keep(List<Prepared> readings) {
        Map<String, Prepared> fresh = new LinkedHashMap<>();
        readings.stream().filter(Objects::nonNull).forEach(r -> fresh.putIfAbsent(r.sha256(), r));
        if (fresh.isEmpty()) {
            return 0;
        }
        List<Object> arguments = new ArrayList<>(fresh.keySet());
        arguments.add(ReturnReader.VERSION);
        jdbc.query("SELECT sha256 FROM vs_reading_cache WHERE sha256 IN (" + "?,".repeat(fresh.size() - 1) + "?) AND reader_version = ?",
                rs -> {
                    fresh.remove(rs.getString(1));
                }, arguments.toArray());
        BatchInsert insert = new BatchInsert(jdbc, "vs_reading_cache", List.of("sha256", "reader_version", "content", "cached_at"));
        String now = ConsolidationStore.timestamp(Instant.now());
        fresh.values().forEach(r -> insert.add(r.sha256(), ReturnReader.VERSION, r.content(), now));
        insert.flush();
        return insert.written();
    }

    /** Drops what older readers made of files: they will be read again anyway. */
    public int dropOtherVersions() {
        return jdbc.update("DELETE FROM vs_reading_cache WHERE reader_version <> ?", ReturnReader.VERSION);
    }

    private static byte[] serialise(Cached cached) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cached);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Empty when the bytes no longer fit today's classes: the file is then simply read again. */
    private static Optional<Cached> deserialise(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_OUR_RECORDS);
            return Optional.of((Cached) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
