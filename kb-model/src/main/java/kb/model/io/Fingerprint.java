package kb.model.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * 64-bit fingerprints, for telling whether something changed between builds: a file's bytes, a text, or any number of
 * values folded in one after the other. Not for security.
 *
 * <p>Bytes and texts are hashed by their CRC-32C beside their {@link Arrays#hashCode} or {@link String#hashCode}, both
 * computed by the JVM's fast paths. Folded values are mixed by multiplication and a shift; strings folded into a
 * running fingerprint count by their cached hash code and length, so folding needs no copy of them.
 */
public final class Fingerprint {
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long value;

    private Fingerprint(long seed) {
        this.value = seed;
    }

    /** A running fingerprint, empty. */
    public static Fingerprint start() {
        return new Fingerprint(SEED);
    }

    /** A running fingerprint that starts from another one's value. */
    public static Fingerprint from(long seed) {
        return new Fingerprint(seed);
    }

    /** The fingerprint of a file's bytes. */
    public static long of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return mix(mix(SEED, crc.getValue()), (Arrays.hashCode(bytes) & 0xffffffffL) | ((long) bytes.length << 32));
    }

    /** The fingerprint of a text, by its UTF-8 bytes. */
    public static long of(CharSequence text) {
        String s = text.toString();
        CRC32C crc = new CRC32C();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return mix(mix(SEED, crc.getValue()), ((long) s.hashCode() << 32) | s.length());
    }

    private static long mix(long hash, long v) {
        long h = (hash ^ v) * PRIME;
        return h ^ (h >>> 29);
    }

    public Fingerprint add(long v) {
        value = mix(value, v);
        return this;
    }

    public Fingerprint add(boolean v) {
        return add(v ? 1 : 0);
    }

    /** A string by its hash code and length; null counts apart from every string. */
    public Fingerprint add(String s) {
        return add(s == null ? -1 : ((long) s.hashCode() << 32) ^ s.length());
    }

    public long value() {
        return value;
    }
}
