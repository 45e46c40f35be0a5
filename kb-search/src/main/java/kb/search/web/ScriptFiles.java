package kb.search.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;

/**
 * Writes a payload of the browser's index as a classic script that hands it to the page: {@code kbShard("t/NAME",
 * "BASE64")}, the payload deflated (raw) and in base64. A script, not data fetched: browsers refuse {@code fetch()} of
 * a file next to a page opened from {@code file://}, but run its scripts.
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
        String text = "kbShard(\"" + name + "\",\"" + Base64.getEncoder().encodeToString(deflate(payload)) + "\");\n";
        return text.getBytes(StandardCharsets.US_ASCII);
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
