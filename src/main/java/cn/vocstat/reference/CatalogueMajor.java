package cn.vocstat.reference;

/** A major of the national catalogue (职业教育专业目录). */
public record CatalogueMajor(String code, String name, String classCode, String className, String categoryCode, String categoryName) {
}
