package kb.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what a {@link BinaryWriter} wrote, through a small buffer refilled from the file as values are read. Past the
 * header, a damaged file throws unchecked exceptions (an underflow, a negative size): {@link #read} treats any of them
 * as a file to ignore.
 */
public final class BinaryReader {
    static final int BUFFER = 1 << 16;

    private final FileChannel channel;
    private final long size;
    private final ByteBuffer in = ByteBuffer.allocate(BUFFER).flip();
    /** Where strings' bytes are copied to be decoded; grown as needed. */
    private byte[] scratch = new byte[256];

    private BinaryReader(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    /**
     * What {@code reading} makes of the file, positioned after its header; empty when the file is missing, cannot be
     * read, is damaged, or is of another kind or version (whoever wrote it, its contents are not what this version of
     * kb expects).
     */
    public static <T> Optional<T> read(Path file, int magic, int version, Function<BinaryReader, T> reading) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            BinaryReader in = new BinaryReader(channel);
            if (in.getInt() != magic || in.getInt() != version) {
                return Optional.empty();
            }
            return Optional.of(reading.apply(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The buffer holding at least the next {@code bytes} (at most its size) of the file. */
    private ByteBuffer next(int bytes) {
        if (in.remaining() < bytes) {
            in.compact();
            try {
                while (in.position() < bytes) {
                    if (channel.read(in) < 0) {
                        throw new BufferUnderflowException();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            in.flip();
        }
        return in;
    }

    public int getByte() {
        return next(1).get();
    }

    public int getShort() {
        return next(2).getShort() & 0xffff;
    }

    public int getInt() {
        return next(4).getInt();
    }

    public long getLong() {
        return next(8).getLong();
    }

    public float getFloat() {
        return next(4).getFloat();
    }

    /** What {@link BinaryWriter#putVInt} wrote. */
    public int getVInt() {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = next(1).get();
            v |= (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    /** What {@link BinaryWriter#putString} wrote. */
    public String getString() {
        int length = getInt();
        if (length < 0 || length > size) {
            throw new IllegalStateException("a string of " + length + " bytes in a file of " + size);
        }
        if (length > scratch.length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        // A string longer than the buffer comes in pieces.
        for (int at = 0; at < length; ) {
            int piece = Math.min(length - at, BUFFER);
            next(piece).get(scratch, at, piece);
            at += piece;
        }
        return new String(scratch, 0, length, StandardCharsets.UTF_8);
    }

    /** What {@link BinaryWriter#putStrings} wrote. */
    public List<String> getStrings() {
        int n = getInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(getString());
        }
        return out;
    }
}
