package kb.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;
import kb.model.ArticleId;

/**
 * Writes one of the binary files kb keeps between builds, big-endian as {@link BinaryReader} reads it back: into a
 * temporary file beside it, through a small buffer, which {@link #commit()} ends with a CRC-32C of everything before it
 * and moves over the old file whole, so that a crash leaves the old file intact and a damaged file is known as such.
 * Closing without committing deletes the temporary file.
 */
public final class BinaryWriter implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final int magic;
    private final int version;
    private final Path tmp;
    private final FileChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final CRC32C checksum = new CRC32C();
    private boolean committed;

    private BinaryWriter(Path file, int magic, int version) throws IOException {
        this.file = file;
        this.magic = magic;
        this.version = version;
        this.tmp = file.resolveSibling(file.getFileName() + ".tmp");
        this.out = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A file that starts with its kind and version, which {@link BinaryReader#read} checks. */
    public static BinaryWriter create(Path file, int magic, int version) throws IOException {
        return new BinaryWriter(file, magic, version).putInt(magic).putInt(version);
    }

    /** The buffer with room for this many bytes, written out first if it has not. */
    private ByteBuffer room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
        return buffer;
    }

    private void flush() throws IOException {
        buffer.flip();
        checksum.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }

    public BinaryWriter putByte(int v) throws IOException {
        room(1).put((byte) v);
        return this;
    }

    public BinaryWriter putShort(int v) throws IOException {
        room(2).putShort((short) v);
        return this;
    }

    public BinaryWriter putInt(int v) throws IOException {
        room(4).putInt(v);
        return this;
    }

    public BinaryWriter putLong(long v) throws IOException {
        room(8).putLong(v);
        return this;
    }

    public BinaryWriter putFloat(float v) throws IOException {
        room(4).putFloat(v);
        return this;
    }

    /** An int in 1 to 5 bytes, 7 bits a byte, low bits first: small values take one. */
    public BinaryWriter putVInt(int v) throws IOException {
        ByteBuffer b = room(5);
        while ((v & ~0x7f) != 0) {
            b.put((byte) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        b.put((byte) v);
        return this;
    }

    /** A string: its length in UTF-8 bytes, then the bytes. */
    public BinaryWriter putString(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        // A string longer than the buffer goes in pieces.
        for (int at = 0; at < bytes.length; ) {
            int piece = Math.min(bytes.length - at, BUFFER);
            room(piece).put(bytes, at, piece);
            at += piece;
        }
        return this;
    }

    /** An article's id: an archive number as its number, a team's id as -1 and its text. */
    public BinaryWriter putId(ArticleId id) throws IOException {
        return id.isArchive() ? putInt(id.number()) : putInt(-1).putString(id.value());
    }

    /** A list of strings: how many, then each. */
    public BinaryWriter putStrings(List<String> list) throws IOException {
        putInt(list.size());
        for (String s : list) {
            putString(s);
        }
        return this;
    }

    /** Writes out what is left and the checksum, and puts the file in place of the old one. */
    public void commit() throws IOException {
        flush();
        buffer.putLong(checksum.getValue());
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        out.close();
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /**
     * Commits, and tells a long-running process what the file holds, as {@link BinaryReader#read} would make it, so
     * that its next build need not read it again ({@link StateMemory}).
     */
    public void commit(Object contents) throws IOException {
        commit();
        StateMemory.keep(file, magic, version, contents);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(tmp);
        }
    }
}
