package cn.vocstat.reconcile;

import cn.vocstat.model.SchoolReturn;
import cn.vocstat.reference.RegisteredSchool;

/**
 * A return that feeds the city figures, with the registry entry it belongs to; {@code carriedOver}
 * when it is the school's last accepted version, used because this run's return was rejected.
 */
public record AcceptedReturn(RegisteredSchool school, SchoolReturn content, boolean carriedOver) {
}
