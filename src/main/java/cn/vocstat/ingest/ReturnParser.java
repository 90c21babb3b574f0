package cn.vocstat.ingest;

import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.ExplanationColumn;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FieldType;
import cn.vocstat.model.Figures;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.SourceFile;
import cn.vocstat.model.StaffField;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** Maps the sheet grids of one workbook onto the ZZNB-1 contract. */
final class ReturnParser {

    private final SourceFile source;
    private final Map<String, SheetGrid> grids;
    private final List<Finding> findings;
    private final CellValueReader cells;

    ReturnParser(SourceFile source, WorkbookGrids workbook, List<Finding> findings) {
        this.source = source;
        this.grids = workbook.sheets();
        this.findings = findings;
        this.cells = new CellValueReader(source, findings);
        workbook.sameName().values().forEach(names -> {
            String used = grids.get(Labels.normalise(names.get(0))).name();
            names.stream().filter(name -> !name.equals(used))
                    .forEach(other -> findings.add(Finding.of(Rule.SHEET_DUPLICATE, source, other, other, used)));
        });
    }

    /** Empty when the workbook is not a ZZNB-1 return at all, so that nothing else is worth reporting. */
    Optional<SchoolReturn> parse() {
        Figures<InfoField> info = keyValue(FormSheet.BASIC, InfoField.class);
        if (!isCurrentTemplate(info)) {
            return Optional.empty();
        }
        Figures<StaffField> staff = keyValue(FormSheet.STAFF, StaffField.class);
        Figures<ServiceField> services = keyValue(FormSheet.SERVICES, ServiceField.class);
        Figures<FinanceField> finance = keyValue(FormSheet.FINANCE, FinanceField.class);
        List<Figures<MajorColumn>> majors = table(FormSheet.MAJORS, MajorColumn.class);
        List<Figures<AwardColumn>> awards = table(FormSheet.AWARDS, AwardColumn.class);
        List<Figures<ExplanationColumn>> explanations = table(FormSheet.EXPLANATIONS, ExplanationColumn.class);
        return Optional.of(new SchoolReturn(source, info, majors, staff, awards, services, finance, explanations));
    }

    private boolean isCurrentTemplate(Figures<InfoField> info) {
        String version = info.text(InfoField.TEMPLATE_VERSION);
        if (version == null) {
            return false; // the missing sheet, key or value is already reported
        }
        if (!Labels.normalise(version).equalsIgnoreCase(FormSheet.TEMPLATE_VERSION)) {
            findings.add(Finding.of(Rule.TEMPLATE_VERSION, source, info.location(InfoField.TEMPLATE_VERSION), version));
            return false;
        }
        return true;
    }

    private SheetGrid grid(FormSheet sheet) {
        SheetGrid grid = grids.get(Labels.normalise(sheet.title()));
        if (grid == null && sheet.required()) {
            findings.add(Finding.of(Rule.SHEET_MISSING, source, sheet.title(), sheet.title()));
        }
        return grid;
    }

    private <F extends Enum<F> & FieldSpec> Figures<F> keyValue(FormSheet sheet, Class<F> fieldType) {
        Map<F, Object> values = new EnumMap<>(fieldType);
        Map<F, String> refs = new EnumMap<>(fieldType);
        SheetGrid grid = grid(sheet);
        if (grid == null) {
            return new Figures<>(sheet.title(), 0, values, refs);
        }
        Map<String, F> byLabel = byLabel(fieldType);
        for (var row : grid.rows().entrySet()) {
            RawCell keyCell = row.getValue().get(0);
            F field = keyCell == null ? null : byLabel.get(Labels.normalise(keyCell.text()));
            if (field == null) {
                continue;
            }
            String valueRef = CellReference.convertNumToColString(1) + row.getKey();
            if (refs.containsKey(field)) {
                findings.add(Finding.of(Rule.KEY_DUPLICATE, source, grid.name() + "!" + keyCell.ref(), field.label(), refs.get(field)));
                continue;
            }
            refs.put(field, valueRef);
            Object value = cells.read(grid.name(), row.getValue().get(1), field);
            if (value == null && field.required()) {
                findings.add(Finding.of(Rule.VALUE_MISSING, source, grid.name() + "!" + valueRef, field.label()));
            } else if (value != null && value != CellValueReader.INVALID) {
                values.put(field, value);
            }
        }
        for (F field : fieldType.getEnumConstants()) {
            if (field.required() && !refs.containsKey(field)) {
                findings.add(Finding.of(Rule.KEY_MISSING, source, grid.name(), field.label()));
            }
        }
        return new Figures<>(grid.name(), 0, values, refs);
    }

    private <F extends Enum<F> & FieldSpec> List<Figures<F>> table(FormSheet sheet, Class<F> fieldType) {
        SheetGrid grid = grid(sheet);
        if (grid == null) {
            return List.of();
        }
        String anchor = Labels.normalise(sheet.headerAnchor().label());
        Integer headerRow = grid.rows().entrySet().stream()
                .filter(row -> row.getValue().values().stream().anyMatch(c -> Labels.normalise(c.text()).equals(anchor)))
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (headerRow == null) {
            findings.add(Finding.of(Rule.HEADER_MISSING, source, grid.name(), sheet.headerAnchor().label()));
            return List.of();
        }
        Map<F, Integer> columns = columns(grid, headerRow, fieldType);
        if (columns == null) {
            return List.of();
        }
        List<Figures<F>> rows = new ArrayList<>();
        Figures<F> total = null;
        for (int rowNumber : grid.rows().tailMap(headerRow, false).keySet()) {
            if (isTotalRow(grid, rowNumber, columns)) {
                total = row(grid, rowNumber, columns, fieldType, true);
            } else if (columns.values().stream().anyMatch(c -> grid.cell(rowNumber, c) != null)) {
                rows.add(row(grid, rowNumber, columns, fieldType, false));
            }
        }
        if (total != null) {
            checkTotal(total, rows, fieldType);
        }
        return rows;
    }

    private <F extends Enum<F> & FieldSpec> Map<F, Integer> columns(SheetGrid grid, int headerRow, Class<F> fieldType) {
        Map<String, F> byLabel = byLabel(fieldType);
        Map<F, Integer> columns = new EnumMap<>(fieldType);
        grid.rows().get(headerRow).forEach((column, cell) -> {
            F field = byLabel.get(Labels.normalise(cell.text()));
            if (field != null) {
                columns.putIfAbsent(field, column);
            }
        });
        boolean complete = true;
        for (F field : fieldType.getEnumConstants()) {
            if (!columns.containsKey(field)) {
                String firstHeader = grid.rows().get(headerRow).firstEntry().getValue().ref();
                findings.add(Finding.of(Rule.COLUMN_MISSING, source, grid.name() + "!" + firstHeader, field.label(), headerRow));
                complete = false;
            }
        }
        return complete ? columns : null;
    }

    private static <F extends FieldSpec> boolean isTotalRow(SheetGrid grid, int row, Map<F, Integer> columns) {
        return columns.entrySet().stream()
                .filter(e -> e.getKey().type() == FieldType.TEXT)
                .map(e -> grid.cell(row, e.getValue()))
                .anyMatch(c -> c != null && Labels.normalise(c.text()).equals(FormSheet.TOTAL_ROW_LABEL));
    }

    private <F extends Enum<F> & FieldSpec> Figures<F> row(SheetGrid grid, int rowNumber, Map<F, Integer> columns, Class<F> fieldType, boolean total) {
        Map<F, Object> values = new EnumMap<>(fieldType);
        Map<F, String> refs = new EnumMap<>(fieldType);
        for (F field : fieldType.getEnumConstants()) {
            int column = columns.get(field);
            String ref = CellReference.convertNumToColString(column) + rowNumber;
            refs.put(field, ref);
            if (total && field.type() != FieldType.COUNT && field.type() != FieldType.AMOUNT) {
                continue;
            }
            RawCell cell = grid.cell(rowNumber, column);
            if (cell == null) {
                CellRangeAddress merge = grid.coveringMerge(rowNumber, column);
                if (merge != null && isNumeric(field)) {
                    findings.add(Finding.of(Rule.MERGED_NUMBER, source, grid.name() + "!" + ref, field.label(), merge.formatAsString()));
                    continue;
                }
                if (merge != null) {
                    // A label merged down a column (专业大类 over several majors) names every row it covers.
                    cell = grid.cell(merge.getFirstRow() + 1, merge.getFirstColumn());
                }
            }
            Object value = cells.read(grid.name(), cell, field);
            if (value == null && !total && !blankMeansNone(field, values)) {
                findings.add(Finding.of(Rule.VALUE_MISSING, source, grid.name() + "!" + ref, field.label()));
            } else if (value != null && value != CellValueReader.INVALID) {
                values.put(field, value);
            }
        }
        return new Figures<>(grid.name(), rowNumber, values, refs);
    }

    /** A major enrolling for the first time may leave its graduate counts blank: it has none. */
    private static <F extends FieldSpec> boolean blankMeansNone(F field, Map<F, Object> values) {
        return field instanceof MajorColumn column
                && MajorColumn.GRADUATE_COUNTS.contains(column)
                && Boolean.TRUE.equals(values.get(MajorColumn.NEW));
    }

    private static boolean isNumeric(FieldSpec field) {
        return field.type() == FieldType.COUNT || field.type() == FieldType.AMOUNT;
    }

    private <F extends Enum<F> & FieldSpec> void checkTotal(Figures<F> total, List<Figures<F>> rows, Class<F> fieldType) {
        for (F field : fieldType.getEnumConstants()) {
            BigDecimal stated = total.number(field);
            if (!isNumeric(field) || stated == null) {
                continue;
            }
            BigDecimal sum = rows.stream().map(r -> r.amount(field)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(stated) != 0) {
                findings.add(Finding.of(Rule.TOTAL_ROW_MISMATCH, source, total.location(field), field.label(), stated.toPlainString(), sum.toPlainString()));
            }
        }
    }

    private static <F extends Enum<F> & FieldSpec> Map<String, F> byLabel(Class<F> fieldType) {
        Map<String, F> byLabel = new HashMap<>();
        for (F field : fieldType.getEnumConstants()) {
            byLabel.put(Labels.normalise(field.label()), field);
        }
        return byLabel;
    }
}
