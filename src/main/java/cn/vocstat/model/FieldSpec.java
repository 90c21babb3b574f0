package cn.vocstat.model;

import java.util.List;

/** A labelled field of the return form: its header or key, how it is read, whether it is required and what it admits. */
public interface FieldSpec {

    String label();

    FieldType type();

    boolean required();

    /** Units a text number may carry after the digits, e.g. 人 or 万元. */
    default List<String> units() {
        return List.of();
    }

    /** Allowed values of a {@link FieldType#CHOICE} field. */
    default List<String> choices() {
        return type() == FieldType.FLAG ? List.of("是", "否") : List.of();
    }

    /** What the field admits: its type's limit unless the field declares a narrower or wider one. */
    default FieldLimit limit() {
        if (type() == FieldType.CHOICE) {
            return FieldLimit.text(choices().stream().mapToInt(String::length).max().orElse(0));
        }
        return type().defaultLimit();
    }
}
