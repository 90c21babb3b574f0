package cn.vocstat.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing the pipeline noticed. File and location are empty for findings that concern no file
 * (a missing school, a reference-data row); the location reads {@code 学生与专业!J7}, or the sheet
 * alone when the finding is about a whole sheet. A warning may carry the school's explanation or
 * the operator's confirmation ({@code note}).
 */
public record Finding(Rule rule, String fileName, String location, String schoolCode, String message,
                      Resolution resolution, String note) implements Serializable {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        fileName = Objects.requireNonNullElse(fileName, "");
        location = Objects.requireNonNullElse(location, "");
        schoolCode = Objects.requireNonNullElse(schoolCode, "");
        Objects.requireNonNull(message, "message");
        resolution = Objects.requireNonNullElse(resolution, Resolution.OPEN);
        note = Objects.requireNonNullElse(note, "");
    }

    public static Finding of(Rule rule, String fileName, String location, Object... args) {
        return new Finding(rule, fileName, location, "", rule.message(args), Resolution.OPEN, "");
    }

    /** The finding, explained by the school or confirmed by the operator. */
    public Finding resolved(Resolution how, String why) {
        return new Finding(rule, fileName, location, schoolCode, message, how, why);
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean isError() {
        return rule.severity() == Severity.ERROR;
    }

    /** The same finding about another file with the same bytes. */
    public Finding inFile(String name) {
        return new Finding(rule, name, location, schoolCode, message, resolution, note);
    }

    public Finding forSchool(String code) {
        return new Finding(rule, fileName, location, code, message, resolution, note);
    }

    /** The line an operator reads in the console and the log. */
    public String describe() {
        String where = fileName.isEmpty() ? "" : fileName + (location.isEmpty() ? "" : " " + location) + "：";
        return "[" + rule.severity().label() + " " + rule.id() + "] " + where + message;
    }
}
