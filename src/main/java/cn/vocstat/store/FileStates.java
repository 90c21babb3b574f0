package cn.vocstat.store;

import cn.vocstat.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SHA-256 of each input file by its path, size and modification time, as the last run hashed
 * it: a file whose size and time are unchanged is not read again to fingerprint the input. This is
 * the judgement of make and rsync. A file changed without changing either is not noticed until its
 * size or time moves ({@code touch} it); deleting the rows of {@code vs_file_state} hashes every file again.
 */
@Repository
public class FileStates {

    private final JdbcTemplate jdbc;

    public FileStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record State(long size, long modifiedMs, String sha256) {
    }

    /** A session of lookups: every known state read once, the new ones written back by {@link Session#save()}. */
    public Session open() {
        Map<String, State> known = new HashMap<>();
        jdbc.query("SELECT path_key, size_bytes, modified_ms, sha256 FROM vs_file_state", rs -> {
            known.put(rs.getString(1), new State(rs.getLong(2), rs.getLong(3), rs.getString(4)));
        });
        return new Session(known);
    }

    /** Hashes only what changed since the states were read. */
    public final class Session {
        private final Map<String, State> known;
        private final Map<String, State> changed = new HashMap<>();

        private Session(Map<String, State> known) {
            this.known = known;
        }

        /** The file's SHA-256, from its recorded state when its size and time are those recorded. */
        public synchronized String sha256(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String key = Sha256.of(file.toAbsolutePath().normalize().toString());
            State state = known.get(key);
            long modified = attributes.lastModifiedTime().toMillis();
            if (state != null && state.size() == attributes.size() && state.modifiedMs() == modified) {
                return state.sha256();
            }
            State now = new State(attributes.size(), modified, Sha256.of(file));
            known.put(key, now);
            changed.put(key, now);
            return now.sha256();
        }

        /** Records the states of the files hashed in this session. */
        public void save() {
            if (changed.isEmpty()) {
                return;
            }
            List<Object[]> rows = new ArrayList<>();
            changed.forEach((key, state) -> rows.add(new Object[] {key}));
            jdbc.batchUpdate("DELETE FROM vs_file_state WHERE path_key = ?", rows);
            BatchInsert insert = new BatchInsert(jdbc, "vs_file_state", List.of("path_key", "size_bytes", "modified_ms", "sha256"));
            changed.forEach((key, state) -> insert.add(key, state.size(), state.modifiedMs(), state.sha256()));
            insert.flush();
            changed.clear();
        }
    }
}
