package cn.vocstat.reference;

import java.util.List;

/** A school of the bureau's registry (学校名录). */
public record RegisteredSchool(String code, String name, List<String> aliases, String type, String level,
                               String authority, boolean counted, String note) {

    public RegisteredSchool {
        aliases = List.copyOf(aliases);
    }
}
