package cn.vocstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is, as the operator is told when it is not a file to read. A return is read only from
 * a regular file (a link to one is read as the file); anything else is named for what it is and
 * never opened, so a FIFO cannot hang the reader nor a link to /dev/zero feed it forever.
 */
public enum FileKind {
    REGULAR("普通文件"),
    DIRECTORY("文件夹"),
    FIFO("命名管道（FIFO）"),
    CHARACTER_DEVICE("字符设备"),
    BLOCK_DEVICE("块设备"),
    SOCKET("套接字"),
    OTHER("特殊文件"),
    DANGLING_LINK("指向不存在的文件的链接"),
    MISSING("不存在的文件");

    /** The file-type bits of a Unix mode and the values that tell the special files apart. */
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO_TYPE = 0010000;
    private static final int CHARACTER_DEVICE_TYPE = 0020000;
    private static final int BLOCK_DEVICE_TYPE = 0060000;
    private static final int SOCKET_TYPE = 0140000;

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the path is, a link followed to what it points at; reads attributes only, never the content. */
    public static FileKind of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(path) ? DANGLING_LINK : MISSING;
        } catch (IOException | SecurityException e) {
            return MISSING;
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        return attributes.isDirectory() ? DIRECTORY : special(path);
    }

    private static FileKind special(Path path) {
        try {
            return switch ((Integer) Files.getAttribute(path, "unix:mode") & TYPE_BITS) {
                case FIFO_TYPE -> FIFO;
                case CHARACTER_DEVICE_TYPE -> CHARACTER_DEVICE;
                case BLOCK_DEVICE_TYPE -> BLOCK_DEVICE;
                case SOCKET_TYPE -> SOCKET;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // a file system without Unix modes (Windows) tells no more than "other"
            return OTHER;
        }
    }
}
