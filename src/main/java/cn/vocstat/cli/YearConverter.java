package cn.vocstat.cli;

import picocli.CommandLine.ITypeConverter;

/** A statistics year as the form asks for it: four digits. */
final class YearConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        if (!value.matches("(19|20)\\d{2}")) {
            throw new Cli.InvalidValue("须为四位年度，例如 2025");
        }
        return Integer.valueOf(value);
    }
}
