package cn.vocstat.verify;

import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.reference.Registry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the registered schools a text names, by their registered name or an alias, the longest name first. */
final class SchoolNames {

    /** A school named in a text: where, as written, and whether as registered or by an alias. */
    record Mention(int start, int end, String written, RegisteredSchool school, boolean registeredName) {
    }

    private record Name(String text, RegisteredSchool school, boolean registered) {
    }

    private final List<Name> names = new ArrayList<>();

    SchoolNames(Registry registry) {
        for (RegisteredSchool school : registry.all()) {
            names.add(new Name(school.name(), school, true));
            school.aliases().forEach(alias -> names.add(new Name(alias, school, false)));
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
    }

    List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Name name : names) {
            for (int at = text.indexOf(name.text()); at >= 0; at = text.indexOf(name.text(), at + 1)) {
                if (!taken[at] && !taken[at + name.text().length() - 1]) {
                    for (int i = at; i < at + name.text().length(); i++) {
                        taken[i] = true;
                    }
                    mentions.add(new Mention(at, at + name.text().length(), name.text(), name.school(), name.registered()));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }
}
