package cn.vocstat.model;

import java.util.List;

/** The sheets of the ZZNB-1 return and how each is laid out. */
public enum FormSheet {
    BASIC("基本信息", null, InfoField.values(), true),
    MAJORS("学生与专业", MajorColumn.CODE, MajorColumn.values(), true),
    STAFF("教师队伍", null, StaffField.values(), true),
    AWARDS("技能大赛", AwardColumn.CONTEST, AwardColumn.values(), true),
    SERVICES("社会服务与合作", null, ServiceField.values(), true),
    FINANCE("经费", null, FinanceField.values(), true),
    /** Optional: the school's explanations of warnings (comply or explain). */
    EXPLANATIONS("情况说明", ExplanationColumn.RULE_ID, ExplanationColumn.values(), false);

    public static final String TEMPLATE_VERSION = "ZZNB-1";
    public static final String TOTAL_ROW_LABEL = "合计";
    /** Non-empty rows a sheet may have; a sheet with more is not a return (F-FILE-04), so a table's sums stay bounded. */
    public static final int MAX_ROWS = 5_000;
    /** Characters of a sheet name, as Excel allows: a longer name is no sheet of the form. */
    public static final int MAX_NAME_LENGTH = 31;

    private final String title;
    private final FieldSpec headerAnchor;
    private final List<FieldSpec> fields;
    private final boolean required;

    FormSheet(String title, FieldSpec headerAnchor, FieldSpec[] fields, boolean required) {
        this.title = title;
        this.headerAnchor = headerAnchor;
        this.fields = List.of(fields);
        this.required = required;
    }

    /** Whether a return without this sheet is refused. */
    public boolean required() {
        return required;
    }

    public String title() {
        return title;
    }

    /** True for a table sheet (one row per item under a header row), false for key / value. */
    public boolean isTable() {
        return headerAnchor != null;
    }

    /** The column whose label identifies the header row of a table sheet. */
    public FieldSpec headerAnchor() {
        return headerAnchor;
    }

    public List<FieldSpec> fields() {
        return fields;
    }
}
