package cn.vocstat.model;

import java.util.List;

/** A labelled field of the return form: its header or key, how it is read and whether it is required. */
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
}
