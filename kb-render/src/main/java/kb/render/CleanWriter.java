package kb.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import kb.model.ControlCharacters;

/**
 * Writes a page's text with each character HTML and XML forbid replaced by U+FFFD: control characters copied from an
 * article's source (ESC, DEL, BEL ...) would make a page invalid HTML and a feed unreadable XML.
 */
final class CleanWriter extends FilterWriter {
    CleanWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(ControlCharacters.forbiddenInMarkup((char) c) ? ControlCharacters.REPLACEMENT : c);
    }

    @Override
    public void write(char[] text, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (ControlCharacters.forbiddenInMarkup(text[i])) {
                out.write(text, start, i - start);
                out.write(ControlCharacters.REPLACEMENT);
                start = i + 1;
            }
        }
        out.write(text, start, end - start);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (ControlCharacters.forbiddenInMarkup(text.charAt(i))) {
                out.write(text, start, i - start);
                out.write(ControlCharacters.REPLACEMENT);
                start = i + 1;
            }
        }
        out.write(text, start, end - start);
    }
}
