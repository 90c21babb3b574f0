package cn.vocstat.rules;

import java.util.Objects;

/**
 * One thing the pipeline noticed. File and location are empty for findings that concern no file
 * (a missing school, a reference-data row); the location reads {@code 学生与专业!J7}, or the sheet
 * alone when the finding is about a whole sheet.
 */
public record Finding(Rule rule, String fileName, String location, String schoolCode, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        fileName = Objects.requireNonNullElse(fileName, "");
        location = Objects.requireNonNullElse(location, "");
        schoolCode = Objects.requireNonNullElse(schoolCode, "");
        Objects.requireNonNull(message, "message");
    }

    public static Finding of(Rule rule, String fileName, String location, Object... args) {
        return new Finding(rule, fileName, location, "", rule.message(args));
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean isError() {
        return rule.severity() == Severity.ERROR;
    }

    public Finding forSchool(String code) {
        return new Finding(rule, fileName, location, code, message);
    }

    /** The line an operator reads in the console and the log. */
    public String describe() {
        String where = fileName.isEmpty() ? "" : fileName + (location.isEmpty() ? "" : " " + location) + "：";
        return "[" + rule.severity().label() + " " + rule.id() + "] " + where + message;
    }
}
