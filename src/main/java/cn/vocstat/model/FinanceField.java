package cn.vocstat.model;

import java.util.List;

/** Keys of sheet 经费, amounts in 万元. */
public enum FinanceField implements FieldSpec {
    INCOME_TOTAL("经费总收入"),
    FISCAL_INCOME("财政拨款收入"),
    EXPENDITURE_TOTAL("经费总支出"),
    PROJECT_EXPENDITURE("事业性经费项目支出");

    private final String label;

    FinanceField(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }
    @Override public FieldType type() { return FieldType.AMOUNT; }
    @Override public boolean required() { return true; }
    @Override public List<String> units() { return List.of("万元"); }
}
