package cn.vocstat.model;

/**
 * A file a run wrote under output/<year>/: its path there ({@code csv/指标汇总.csv}), SHA-256, size
 * and modification time (ms). A published file with the same size and time is taken as unchanged
 * without hashing it again; the copies keep the time.
 */
public record OutputFile(String path, String sha256, long sizeBytes, long modifiedMs) {
}
