package cn.vocstat.rules;

import cn.vocstat.model.SourceFile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing the pipeline noticed. A finding about a received file names the file and its SHA-256:
 * two versions of a file under one name (a corrected file and the version carried over) are two
 * files. File and location are empty for findings that concern no file (a missing school); a
 * reference-data finding names its CSV file without a checksum. The location reads
 * {@code 学生与专业!J7}, or the sheet alone when the finding is about a whole sheet. A warning may
 * carry the school's explanation or the operator's confirmation ({@code note}).
 */
public record Finding(Rule rule, String fileName, String fileSha256, String location, String schoolCode, String message,
                      Resolution resolution, String note) implements Serializable {

    /**
     * Findings one rule gives about one file at most; the others are counted in one more finding
     * (F-FILE-16). A return with 54,780 bad cells is not 54,780 lines for a school to read, rows to
     * store, cells to mark and lines to print: its cost stays that of {@value} per rule.
     */
    public static final int MAX_PER_RULE = 100;
    /** As a school reads its findings: errors first, then warnings, then notes; within each, in the form's order of sheets and cells. */
    public static final Comparator<Finding> BY_SEVERITY_THEN_CELL = Comparator.comparing(Finding::severity)
            .thenComparing(finding -> CellPlace.of(finding.location()));
    /** A summary an earlier cap wrote, read back by its own template: how many more (1), of which rule (2). */
    private static final Pattern SUMMARY = Pattern.compile(Pattern.quote(Rule.FINDINGS_CAPPED.template())
            .replace("{0}", "\\E([\\d,]+)\\Q").replace("{1}", "\\E(\\S+?)\\Q").replace("{2}", "\\E\\d+\\Q"));

    public Finding {
        Objects.requireNonNull(rule, "rule");
        fileName = Objects.requireNonNullElse(fileName, "");
        fileSha256 = Objects.requireNonNullElse(fileSha256, "");
        location = Objects.requireNonNullElse(location, "");
        schoolCode = Objects.requireNonNullElse(schoolCode, "");
        Objects.requireNonNull(message, "message");
        resolution = Objects.requireNonNullElse(resolution, Resolution.OPEN);
        note = Objects.requireNonNullElse(note, "");
    }

    /** A finding about a received file. */
    public static Finding of(Rule rule, SourceFile file, String location, Object... args) {
        return new Finding(rule, file.name(), file.sha256(), location, "", rule.message(args), Resolution.OPEN, "");
    }

    /** A finding about no received file: a reference-data file (by its name) or the city ({@code ""}). */
    public static Finding of(Rule rule, String fileName, String location, Object... args) {
        return new Finding(rule, fileName, "", location, "", rule.message(args), Resolution.OPEN, "");
    }

    /**
     * The findings, with at most {@link #MAX_PER_RULE} of each rule about each file, in their order;
     * for each rule that gave more, one finding right after its last one says how many more there are
     * (F-FILE-16). A rule's first findings are the ones kept, so no error of a file is capped away:
     * a file with errors is rejected whatever the cap. Capping again, after a later stage added
     * findings, gives the same list with the new ones counted in: one summary per rule, never two.
     */
    public static List<Finding> capped(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lastKept = new HashMap<>();
        Map<String, Finding> earlierSummaries = new LinkedHashMap<>();
        Map<String, Integer> countedBefore = new HashMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            Matcher summary = finding.rule() == Rule.FINDINGS_CAPPED ? SUMMARY.matcher(finding.message()) : null;
            if (summary != null && summary.matches()) {
                String key = finding.fileKey() + "|" + summary.group(2);
                earlierSummaries.putIfAbsent(key, finding);
                countedBefore.merge(key, Integer.parseInt(summary.group(1).replace(",", "")), Integer::sum);
                continue;
            }
            int count = counts.merge(finding.capKey(), 1, Integer::sum);
            if (count <= MAX_PER_RULE) {
                lastKept.put(finding.capKey(), kept.size());
                kept.add(finding);
            }
        }
        if (kept.size() == findings.size()) {
            return findings;
        }
        List<Finding> result = new ArrayList<>(kept.size() + counts.size());
        for (int i = 0; i < kept.size(); i++) {
            Finding finding = kept.get(i);
            result.add(finding);
            String key = finding.capKey();
            if (lastKept.get(key) == i) {
                int more = Math.max(0, counts.get(key) - MAX_PER_RULE) + countedBefore.getOrDefault(key, 0);
                if (more > 0) {
                    result.add(summary(finding, finding.rule().id(), more));
                }
            }
        }
        earlierSummaries.forEach((key, summary) -> {
            if (!lastKept.containsKey(key)) {
                result.add(summary);
            }
        });
        return result;
    }

    private static Finding summary(Finding last, String ruleId, int more) {
        return new Finding(Rule.FINDINGS_CAPPED, last.fileName, last.fileSha256, "", last.schoolCode,
                Rule.FINDINGS_CAPPED.message(String.format("%,d", more), ruleId, MAX_PER_RULE), Resolution.OPEN, "");
    }

    /** What the cap counts by: the file and the rule. */
    private String capKey() {
        return fileKey() + "|" + rule.id();
    }

    /** The finding, explained by the school or confirmed by the operator. */
    public Finding resolved(Resolution how, String why) {
        return new Finding(rule, fileName, fileSha256, location, schoolCode, message, how, why);
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean isError() {
        return rule.severity() == Severity.ERROR;
    }

    /** Whether the finding is about this very file: the same name and the same content. */
    public boolean isAbout(SourceFile file) {
        return fileKey().equals(file.key());
    }

    /** The file the finding is about, as {@link SourceFile#key()} names it. */
    public String fileKey() {
        return SourceFile.key(fileName, fileSha256);
    }

    /** The same finding about another file with the same bytes. */
    public Finding inFile(SourceFile file) {
        return new Finding(rule, file.name(), file.sha256(), location, schoolCode, message, resolution, note);
    }

    public Finding forSchool(String code) {
        return new Finding(rule, fileName, fileSha256, location, code, message, resolution, note);
    }

    /** The line an operator reads in the console and the log: one line, whatever the file's name holds. */
    public String describe() {
        String where = fileName.isEmpty() ? "" : ShownText.of(fileName + (location.isEmpty() ? "" : " " + location)) + "：";
        return "[" + rule.severity().label() + " " + rule.id() + "] " + where + message;
    }
}
