package cn.vocstat.export;

import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Resolution;
import cn.vocstat.rules.Rule;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Kept beside a file's feedback (as {@code .<name>.key}): what the feedback was made of, and what its
 * marked copy added to the file's list (F-FILE-10, F-FILE-13, F-FILE-14). A later run whose file,
 * status and findings make the same fingerprint links the feedback instead of writing it again,
 * and returns those findings again, for its 数据质量. Written as CSV: the fingerprint, then one
 * record per finding (rule, location, school, message).
 */
record FeedbackKey(String fingerprint, List<Finding> copyFindings) {

    FeedbackKey {
        copyFindings = List.copyOf(copyFindings);
    }

    void write(Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(fingerprint);
            for (Finding finding : copyFindings) {
                printer.printRecord(finding.rule().id(), finding.location(), finding.schoolCode(), finding.message());
            }
            printer.flush();
        });
    }

    /**
     * The key in the file, its findings about this file; empty when there is none, when it cannot be
     * read (the feedback is then written again, which is always right), or when it is not one this
     * version writes (an earlier one held the fingerprint alone).
     */
    static Optional<FeedbackKey> read(Path file, SourceFile source) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser records = CSVParser.parse(in, CSVFormat.RFC4180)) {
            Iterator<CSVRecord> lines = records.iterator();
            if (!lines.hasNext()) {
                return Optional.empty();
            }
            String fingerprint = lines.next().get(0);
            List<Finding> findings = new ArrayList<>();
            while (lines.hasNext()) {
                CSVRecord line = lines.next();
                Optional<Rule> rule = Rule.FEEDBACK.stream().filter(r -> r.id().equals(line.get(0))).findFirst();
                if (rule.isEmpty() || line.size() != 4) {
                    return Optional.empty();
                }
                findings.add(new Finding(rule.get(), source.name(), source.sha256(), line.get(1), line.get(2), line.get(3), Resolution.OPEN, ""));
            }
            return Optional.of(new FeedbackKey(fingerprint, findings));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
