package kb.render.site;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * A 64-bit fingerprint, for telling whether a page's inputs changed between builds: a CRC-32C of the text's bytes
 * beside its {@link String#hashCode()}, both computed by the JVM's fast paths, folded into the running value.
 */
public final class Fingerprint {
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fingerprint() {}

    public static long of(CharSequence text) {
        return mix(SEED, text);
    }

    public static long mix(long hash, CharSequence text) {
        String s = text.toString();
        CRC32C crc = new CRC32C();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return mix(mix(hash, crc.getValue()), ((long) s.hashCode() << 32) | s.length());
    }

    public static long mix(long hash, long value) {
        long h = (hash ^ value) * PRIME;
        return h ^ (h >>> 29);
    }

    public static long of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return mix(mix(SEED, crc.getValue()), java.util.Arrays.hashCode(bytes) & 0xffffffffL | (long) bytes.length << 32);
    }
}
