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

/**
 * Writes one of the binary files kb keeps between builds: the values go into memory first, big-endian as
 * {@link BinaryReader} reads them back, then to a temporary file that replaces the old one whole, so that a crash leaves
 * the old file intact. Many small values cost a bounds check each, not a call through a locked stream.
 */
public final class BinaryWriter {
    private ByteBuffer buffer;

    /**
     * A file that starts with its kind and version (which {@link BinaryReader#open} checks), whose buffer starts at
     * about the expected size; it grows as needed.
     */
    public BinaryWriter(int magic, int version, int expectedBytes) {
        buffer = ByteBuffer.allocate(Math.max(expectedBytes, 1 << 12));
        putInt(magic).putInt(version);
    }

    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }
        return buffer;
    }

    public BinaryWriter putByte(int v) {
        room(1).put((byte) v);
        return this;
    }

    public BinaryWriter putShort(int v) {
        room(2).putShort((short) v);
        return this;
    }

    public BinaryWriter putInt(int v) {
        room(4).putInt(v);
        return this;
    }

    public BinaryWriter putLong(long v) {
        room(8).putLong(v);
        return this;
    }

    public BinaryWriter putFloat(float v) {
        room(4).putFloat(v);
        return this;
    }

    public BinaryWriter putBytes(byte[] v) {
        room(v.length).put(v);
        return this;
    }

    /** An int in 1 to 5 bytes, 7 bits a byte, low bits first: small values take one. */
    public BinaryWriter putVInt(int v) {
        ByteBuffer b = room(5);
        while ((v & ~0x7f) != 0) {
            b.put((byte) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        b.put((byte) v);
        return this;
    }

    /** A string: its length in UTF-8 bytes, then the bytes. */
    public BinaryWriter putString(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return putInt(bytes.length).putBytes(bytes);
    }

    /** A list of strings: how many, then each. */
    public BinaryWriter putStrings(List<String> list) {
        putInt(list.size());
        for (String s : list) {
            putString(s);
        }
        return this;
    }

    /** Writes what was put to the file, replacing it whole. */
    public void replace(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer data = buffer.duplicate().flip();
            while (data.hasRemaining()) {
                out.write(data);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
