package kb.render.site;

/**
 * Folds a page's inputs into a 64-bit fingerprint without building strings: numbers as they are, strings by their
 * cached {@link String#hashCode()} and length. Not for security; for telling whether a page may have changed.
 */
final class Hasher {
    private static final long PRIME = 0x100000001b3L;
    private long h;

    Hasher(long seed) {
        this.h = seed;
    }

    Hasher add(long v) {
        long x = (h ^ v) * PRIME;
        h = x ^ (x >>> 29);
        return this;
    }

    Hasher add(String s) {
        return add(s == null ? -1 : ((long) s.hashCode() << 32) ^ s.length());
    }

    Hasher add(Iterable<String> strings) {
        long n = 0;
        for (String s : strings) {
            add(s);
            n++;
        }
        return add(n);
    }

    long value() {
        return h;
    }
}
