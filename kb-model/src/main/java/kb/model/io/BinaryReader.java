package kb.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a {@link BinaryWriter} wrote. Past the header, a damaged file throws the unchecked exceptions of
 * {@link ByteBuffer} (an underflow, a negative size): the callers treat any of them as a file to ignore.
 */
public final class BinaryReader {
    private final ByteBuffer in;

    private BinaryReader(ByteBuffer in) {
        this.in = in;
    }

    /**
     * The file positioned after its header; empty when it is missing, cannot be read, or is of another kind or
     * version (whoever wrote it, its contents are not what this version of kb expects).
     */
    public static Optional<BinaryReader> open(Path file, int magic, int version) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.remaining() < 8 || in.getInt() != magic || in.getInt() != version) {
                return Optional.empty();
            }
            return Optional.of(new BinaryReader(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public int getByte() {
        return in.get();
    }

    public int getShort() {
        return in.getShort() & 0xffff;
    }

    public int getInt() {
        return in.getInt();
    }

    public long getLong() {
        return in.getLong();
    }

    public float getFloat() {
        return in.getFloat();
    }

    /** What {@link BinaryWriter#putVInt} wrote. */
    public int getVInt() {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            v |= (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    /** What {@link BinaryWriter#putString} wrote. */
    public String getString() {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** What {@link BinaryWriter#putStrings} wrote. */
    public List<String> getStrings() {
        int n = in.getInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(getString());
        }
        return out;
    }
}
