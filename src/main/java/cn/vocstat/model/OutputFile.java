package cn.vocstat.model;

/** A file a run wrote under output/<year>/: its path there ({@code csv/指标汇总.csv}), SHA-256 and size. */
public record OutputFile(String path, String sha256, long sizeBytes) {
}
