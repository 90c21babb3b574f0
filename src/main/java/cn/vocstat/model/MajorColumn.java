package cn.vocstat.model;

import java.util.List;

/** Columns of sheet 学生与专业, one row per major. */
public enum MajorColumn implements FieldSpec {
    CODE("专业代码", FieldType.TEXT, List.of()),
    NAME("专业名称", FieldType.TEXT, List.of()),
    CATEGORY("专业大类", FieldType.TEXT, List.of()),
    NEW("当年新增", FieldType.FLAG, List.of()),
    BRAND("省级品牌专业", FieldType.FLAG, List.of()),
    FEATURED("省级特色专业", FieldType.FLAG, List.of()),
    THROUGH("贯通培养", FieldType.CHOICE, List.of("无", "3+2", "五年一贯制")),
    ENROLMENT("招生数", FieldType.COUNT, List.of()),
    STUDENTS("在校生数", FieldType.COUNT, List.of()),
    GRADUATES("毕业生数", FieldType.COUNT, List.of()),
    EMPLOYED("就业人数", FieldType.COUNT, List.of()),
    DIRECT("直接就业人数", FieldType.COUNT, List.of()),
    FURTHER("升学人数", FieldType.COUNT, List.of());

    /** Counts that a major enrolling for the first time leaves blank: it has no graduates yet. */
    public static final List<MajorColumn> GRADUATE_COUNTS = List.of(GRADUATES, EMPLOYED, DIRECT, FURTHER);

    private final String label;
    private final FieldType type;
    private final List<String> choices;

    MajorColumn(String label, FieldType type, List<String> choices) {
        this.label = label;
        this.type = type;
        this.choices = choices;
    }

    @Override public String label() { return label; }
    @Override public FieldType type() { return type; }
    @Override public boolean required() { return true; }
    @Override public List<String> units() { return type == FieldType.COUNT ? List.of("人") : List.of(); }
    @Override public List<String> choices() { return type == FieldType.CHOICE ? choices : FieldSpec.super.choices(); }
    /** A code is the catalogue's six digits; anything longer cannot be one. */
    @Override public FieldLimit limit() { return this == CODE ? FieldLimit.text(6) : FieldSpec.super.limit(); }
}
