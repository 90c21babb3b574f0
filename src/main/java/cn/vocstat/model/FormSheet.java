package cn.vocstat.model;

import java.util.List;

/** The sheets of the ZZNB-1 return and how each is laid out. */
public enum FormSheet {
    BASIC("基本信息", null, InfoField.values()),
    MAJORS("学生与专业", MajorColumn.CODE, MajorColumn.values()),
    STAFF("教师队伍", null, StaffField.values()),
    AWARDS("技能大赛", AwardColumn.CONTEST, AwardColumn.values()),
    SERVICES("社会服务与合作", null, ServiceField.values()),
    FINANCE("经费", null, FinanceField.values());

    public static final String TEMPLATE_VERSION = "ZZNB-1";
    public static final String TOTAL_ROW_LABEL = "合计";

    private final String title;
    private final FieldSpec headerAnchor;
    private final List<FieldSpec> fields;

    FormSheet(String title, FieldSpec headerAnchor, FieldSpec[] fields) {
        this.title = title;
        this.headerAnchor = headerAnchor;
        this.fields = List.of(fields);
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
