package kb.search.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a file of the browser's index: variable-length integers (seven bits a byte, low first), floats and
 * UTF-8 strings, as the client's reader decodes them.
 */
final class Packer {
    private final ByteArrayOutputStream out;

    Packer() {
        this(32);
    }

    /** @param size the bytes it will likely hold */
    Packer(int size) {
        out = new ByteArrayOutputStream(size);
    }

    Packer vint(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        while (v >= 0x80) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
        return this;
    }

    Packer bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    Packer f32(float f) {
        int bits = Float.floatToIntBits(f);
        out.write(bits);
        out.write(bits >>> 8);
        out.write(bits >>> 16);
        out.write(bits >>> 24);
        return this;
    }

    /** A string: its UTF-8 length, then its bytes. */
    Packer string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return vint(b.length).bytes(b);
    }

    /**
     * A string sharing a start with the one before: the length of the shared start in UTF-16 units, then the rest as a
     * string.
     */
    Packer string(String s, String before) {
        int shared = shared(s, before);
        return vint(shared).string(s.substring(shared));
    }

    /** How many UTF-16 units two strings share at their start, never splitting a surrogate pair. */
    static int shared(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
