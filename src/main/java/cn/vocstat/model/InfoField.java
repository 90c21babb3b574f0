package cn.vocstat.model;

import java.util.List;

/** Keys of sheet 基本信息. */
public enum InfoField implements FieldSpec {
    TEMPLATE_VERSION("模板版本", FieldType.TEXT, true, List.of(), FieldLimit.text(20)),
    YEAR("填报年度", FieldType.YEAR, true, List.of()),
    SCHOOL_CODE("学校标识码", FieldType.SCHOOL_CODE, true, List.of()),
    SCHOOL_NAME("学校名称", FieldType.TEXT, true, List.of()),
    SCHOOL_TYPE("学校类型", FieldType.CHOICE, true, List.of("普通中等专业学校", "职业高中", "成人中等专业学校", "其他")),
    LEVEL("建设水平", FieldType.CHOICE, true, List.of("国家级重点中等职业学校", "省级重点中等职业学校", "省级合格中等职业学校", "无")),
    SPONSOR("举办性质", FieldType.CHOICE, true, List.of("公办", "民办")),
    AUTHORITY("主管部门", FieldType.TEXT, true, List.of()),
    /** Personal data: read only so that it is recognised, never copied into an output. */
    FILLER("填报人", FieldType.TEXT, false, List.of(), FieldLimit.text(50)),
    /** Personal data: read only so that it is recognised, never copied into an output. */
    PHONE("联系电话", FieldType.TEXT, false, List.of(), FieldLimit.text(50)),
    FILL_DATE("填报日期", FieldType.DATE, true, List.of());

    private final String label;
    private final FieldType type;
    private final boolean required;
    private final List<String> choices;
    private final FieldLimit limit;

    InfoField(String label, FieldType type, boolean required, List<String> choices) {
        this(label, type, required, choices, null);
    }

    InfoField(String label, FieldType type, boolean required, List<String> choices, FieldLimit limit) {
        this.label = label;
        this.type = type;
        this.required = required;
        this.choices = choices;
        this.limit = limit;
    }

    @Override public String label() { return label; }
    @Override public FieldType type() { return type; }
    @Override public boolean required() { return required; }
    @Override public List<String> choices() { return choices; }
    @Override public FieldLimit limit() { return limit == null ? FieldSpec.super.limit() : limit; }
}
