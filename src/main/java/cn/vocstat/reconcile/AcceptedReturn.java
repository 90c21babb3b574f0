package cn.vocstat.reconcile;

import cn.vocstat.model.SchoolReturn;
import cn.vocstat.reference.RegisteredSchool;

/** A return that feeds the city figures, with the registry entry it belongs to. */
public record AcceptedReturn(RegisteredSchool school, SchoolReturn content) {
}
