package kb.model.parse.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;

/**
 * Turns a file's bytes into text. UTF-8 when the bytes are valid UTF-8 (or start with its BOM), otherwise
 * Windows-1252, the archive's encoding. The five bytes Windows-1252 leaves undefined are read as the DOS code page
 * 850 letters they were in the archive's older articles ({@code 0x81} is {@code ü}), with a warning, so no text
 * is dropped.
 */
public final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final int MAX_PLACES_REPORTED = 5;

    /** The text, or why there is none, and the warnings met on the way. */
    public record Decoded(String text, boolean binary, List<Diagnostic> diagnostics) {}

    private TextDecoder() {}

    public static Decoded decode(String source, byte[] bytes) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        int binary = binaryAt(bytes);
        if (binary >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < binary; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            diagnostics.add(new Diagnostic(
                    source,
                    line,
                    binary - lineStart + 1,
                    DiagnosticCode.BINARY_FILE,
                    String.format(
                            "binary file (%s byte 0x%02X here), not an article",
                            bytes[binary] == 0 ? "a NUL" : "control bytes, the first", bytes[binary] & 0xff)));
            return new Decoded("", true, diagnostics);
        }
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), false, diagnostics);
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
            return new Decoded(text, false, diagnostics);
        } catch (CharacterCodingException notUtf8) {
            if (offset > 0) {
                diagnostics.add(new Diagnostic(
                        source,
                        0,
                        0,
                        DiagnosticCode.BAD_UTF8,
                        "file starts with a UTF-8 byte order mark but is not valid UTF-8; read as Windows-1252"));
            }
            return new Decoded(decodeCp1252(source, bytes, offset, diagnostics), false, diagnostics);
        }
    }

    private static String decodeCp1252(String source, byte[] bytes, int offset, List<Diagnostic> diagnostics) {
        char[] chars = new String(bytes, offset, bytes.length - offset, CP1252).toCharArray();
        int line = 1;
        int column = 1;
        int undefined = 0;
        for (int i = 0; i < chars.length; i++) {
            int b = bytes[offset + i] & 0xff;
            char dos = cp850Letter(b);
            if (dos != 0) {
                chars[i] = dos;
                if (undefined++ < MAX_PLACES_REPORTED) {
                    diagnostics.add(new Diagnostic(
                            source,
                            line,
                            column,
                            DiagnosticCode.UNDEFINED_BYTE,
                            String.format(
                                    "byte 0x%02X is undefined in Windows-1252; read as '%c' (code page 850)", b, dos)));
                }
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        if (undefined > MAX_PLACES_REPORTED) {
            diagnostics.add(new Diagnostic(
                    source,
                    0,
                    0,
                    DiagnosticCode.UNDEFINED_BYTE,
                    (undefined - MAX_PLACES_REPORTED)
                            + " more bytes undefined in Windows-1252 were read as code page 850"));
        }
        return new String(chars);
    }

    /** The code page 850 letter for a byte that Windows-1252 leaves undefined, or 0 for any other byte. */
    private static char cp850Letter(int b) {
        return switch (b) {
            case 0x81 -> 'ü';
            case 0x8D -> 'ì';
            case 0x8F -> 'Å';
            case 0x90 -> 'É';
            case 0x9D -> 'Ø';
            default -> 0;
        };
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /**
     * Where the bytes show they are not text: a NUL in the first 8 KB, or there more than one byte in twenty a control
     * character other than tab, CR, LF, FF and SUB (the first of them); -1 for text.
     */
    private static int binaryAt(byte[] bytes) {
        int n = Math.min(bytes.length, 8 * 1024);
        int control = 0;
        int first = -1;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return i;
            }
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f' && b != 0x1A) {
                control++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return n > 0 && control * 20 > n ? first : -1;
    }
}
