package kb.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32C;
import kb.model.ArticleId;

/**
 * Reads what a {@link BinaryWriter} wrote, through a small buffer refilled from the file as values are read. The file's
 * checksum is verified before anything is read from it, and every length read is bounded by the bytes left, so a
 * damaged or forged file is refused rather than read: {@link #read} tells which.
 */
public final class BinaryReader {
    static final int BUFFER = 1 << 16;
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private final FileChannel channel;
    /** Where the values end: the checksum follows. */
    private final long end;

    private final ByteBuffer in = ByteBuffer.allocate(BUFFER).flip();
    /** Bytes read from the file into the buffer so far. */
    private long fed;
    /** Where strings' bytes are copied to be decoded; grown as needed. */
    private byte[] scratch = new byte[256];

    private BinaryReader(FileChannel channel, long end) {
        this.channel = channel;
        this.end = end;
    }

    /** What reading a file gave: its contents, or why there are none. */
    public sealed interface Result<T> {
        /** The contents when the file was read. */
        default Optional<T> asOptional() {
            return this instanceof Read<T> r ? Optional.of(r.value()) : Optional.empty();
        }

        /** The file was read. */
        record Read<T>(T value) implements Result<T> {}

        /** There is no such file. */
        record Missing<T>() implements Result<T> {}

        /** The file is there but cannot be used: damaged, of another kind or version, or unreadable. */
        record Unusable<T>(String reason) implements Result<T> {}
    }

    /**
     * What {@code reading} makes of the file, positioned after its header. {@code reading} may throw unchecked
     * exceptions on values it does not accept: the file is then unusable.
     */
    @SuppressWarnings("unchecked") // what was kept for a file of this kind and version is what reading it makes
    public static <T> Result<T> read(Path file, int magic, int version, Function<BinaryReader, T> reading) {
        Object kept = StateMemory.take(file, magic, version);
        if (kept != null) {
            return new Result.Read<>((T) kept);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 2 * Integer.BYTES + CHECKSUM_BYTES) {
                return new Result.Unusable<>("it is too short (" + size + " bytes)");
            }
            long end = size - CHECKSUM_BYTES;
            if (checksum(channel, end) != stored(channel, end)) {
                return new Result.Unusable<>("its checksum does not match (the file is damaged)");
            }
            channel.position(0);
            BinaryReader in = new BinaryReader(channel, end);
            if (in.getInt() != magic) {
                return new Result.Unusable<>("it is not a file of this kind");
            }
            int v = in.getInt();
            if (v != version) {
                return new Result.Unusable<>(
                        "it was written by another version of kb (format " + v + ", not " + version + ")");
            }
            T value = reading.apply(in);
            if (in.remaining() != 0) {
                return new Result.Unusable<>(in.remaining() + " bytes are left over after its contents");
            }
            return new Result.Read<>(value);
        } catch (NoSuchFileException e) {
            return new Result.Missing<>();
        } catch (IOException | RuntimeException e) {
            return new Result.Unusable<>(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static long checksum(FileChannel channel, long end) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        for (long at = 0; at < end; ) {
            buffer.clear().limit((int) Math.min(BUFFER, end - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            crc.update(buffer.flip());
            at += n;
        }
        return crc.getValue();
    }

    private static long stored(FileChannel channel, long end) throws IOException {
        ByteBuffer tail = ByteBuffer.allocate(CHECKSUM_BYTES);
        while (tail.hasRemaining() && channel.read(tail, end + tail.position()) > 0) {
            // read until full
        }
        return tail.flip().getLong();
    }

    /** Bytes of values not read yet. */
    private long remaining() {
        return end - fed + in.remaining();
    }

    /** The buffer holding at least the next {@code bytes} (at most its size) of the file's values. */
    private ByteBuffer next(int bytes) {
        if (in.remaining() < bytes) {
            if (remaining() < bytes) {
                throw new BufferUnderflowException();
            }
            in.compact();
            try {
                while (in.position() < bytes) {
                    in.limit((int) Math.min(in.capacity(), in.position() + end - fed));
                    int n = channel.read(in);
                    if (n <= 0) {
                        throw new BufferUnderflowException();
                    }
                    fed += n;
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
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = next(1).get();
            v |= (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new IllegalStateException("a variable-length number longer than five bytes");
    }

    /**
     * A count of items read as it was written, checked against what is left of the file: each item takes at least
     * {@code bytesEach} bytes, so a count the file cannot hold is refused before anything is allocated for it.
     */
    public int count(int n, int bytesEach) {
        if (n < 0 || (long) n * bytesEach > remaining()) {
            throw new IllegalStateException("a count of " + n + " items with " + remaining() + " bytes left");
        }
        return n;
    }

    /** What {@link BinaryWriter#putString} wrote. */
    public String getString() {
        int length = count(getInt(), 1);
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

    /** What {@link BinaryWriter#putId} wrote. */
    public ArticleId getId() {
        int number = getInt();
        if (number >= 0) {
            return ArticleId.archive(number);
        }
        String value = getString();
        return ArticleId.own(value).orElseThrow(() -> new IllegalStateException("not an article id: " + value));
    }

    /** What {@link BinaryWriter#putStrings} wrote. */
    public List<String> getStrings() {
        int n = count(getInt(), Integer.BYTES);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(getString());
        }
        return out;
    }
}
