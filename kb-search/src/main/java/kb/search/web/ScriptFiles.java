package kb.search.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;

/**
 * Writes a payload of the browser's index as a classic script that hands it to the page: {@code kbShard("t/NAME",
 * "TEXT")}, the payload deflated (raw) and written seven bits a character. A script, not data fetched: browsers refuse
 * {@code fetch()} of a file next to a page opened from {@code file://}, but run its scripts.
 */
final class ScriptFiles {
    private ScriptFiles() {}

    /** The checksum of a payload, which says whether a file must be written again. */
    static int crc(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /**
     * Writes a file under a name no page reads yet (the manifest that names it is written after it); its size in
     * bytes. A file left there by a build that stopped is written over.
     */
    static long writeNew(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return bytes.length;
    }

    /**
     * Puts a file in place whole; its size in bytes. The file is made as the site's pages are (the process's default
     * permissions), so that a web server running as another user can read it.
     */
    static long write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(".kb-" + file.getFileName() + ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return bytes.length;
    }

    /** Puts a file in place whole, unless it already holds exactly these bytes; its size, or 0 when left as it was. */
    static long writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return 0;
        }
        return write(file, bytes);
    }

    static byte[] script(String name, byte[] payload) {
        return wrap(name, deflate(payload));
    }

    /**
     * The script of a payload already deflated, in UTF-8 with a byte order mark, so that a page of any encoding reads it
     * as written.
     */
    static byte[] wrap(String name, byte[] deflated) {
        return ("\uFEFFkbShard(\"" + name + "\",\"" + sevenBits(deflated) + "\");\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The five values of seven bits a JavaScript string cannot hold as they are (the quote, the backslash and the line
     * ends) or that tools take a file for binary by (NUL).
     */
    static final int[] AWKWARD = {0, '\n', '\r', '"', '\\'};

    /** Where the characters that stand for an awkward value start: {@code 0x100 + (which << 7) + the next value}. */
    static final int AWKWARD_BASE = 0x100;

    /** Which awkward value each value of seven bits is, or -1. */
    private static final int[] WHICH = new int[128];

    static {
        Arrays.fill(WHICH, -1);
        for (int i = 0; i < AWKWARD.length; i++) {
            WHICH[AWKWARD[i]] = i;
        }
    }

    /**
     * Bytes as the body of a JavaScript string, seven bits a character (low bits first, the last padded with zeros): 8/7
     * of the bytes, against base64's 4/3. An {@link #AWKWARD awkward} value and the value after it are one character of
     * two bytes in UTF-8, {@code AWKWARD_BASE + (which << 7) + next}, so that no value needs an escape; an awkward
     * value that ends the text is {@code AWKWARD_BASE + ((5 + which) << 7)}. The reader gets the byte count from the
     * number of values.
     */
    static String sevenBits(byte[] bytes) {
        int[] values = new int[(bytes.length * 8 + 6) / 7];
        int n = 0;
        int acc = 0;
        int bits = 0;
        for (byte b : bytes) {
            acc |= (b & 0xff) << bits;
            bits += 8;
            while (bits >= 7) {
                values[n++] = acc & 0x7f;
                acc >>>= 7;
                bits -= 7;
            }
        }
        if (bits > 0) {
            values[n++] = acc & 0x7f;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int which = WHICH[values[i]];
            if (which < 0) {
                out.append((char) values[i]);
            } else if (i + 1 < n) {
                out.append((char) (AWKWARD_BASE + (which << 7) + values[++i]));
            } else {
                out.append((char) (AWKWARD_BASE + ((AWKWARD.length + which) << 7)));
            }
        }
        return out.toString();
    }

    static byte[] deflate(byte[] payload) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(payload);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
