package kb.render.site;

/** A 64-bit FNV-1a hash, for telling whether a page's inputs changed between builds. */
public final class Fingerprint {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fingerprint() {}

    public static long of(CharSequence text) {
        return mix(OFFSET, text);
    }

    public static long mix(long hash, CharSequence text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xff)) * PRIME;
            h = (h ^ (c >>> 8)) * PRIME;
        }
        return h;
    }

    public static long mix(long hash, long value) {
        long h = hash;
        for (int i = 0; i < 8; i++) {
            h = (h ^ ((value >>> (i * 8)) & 0xff)) * PRIME;
        }
        return h;
    }

    public static long of(byte[] bytes) {
        long h = OFFSET;
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * PRIME;
        }
        return h;
    }
}
