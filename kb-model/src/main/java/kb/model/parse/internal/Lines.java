package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines on CRLF, LF or a lone CR. */
final class Lines {
    private Lines() {}

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>(text.length() / 32 + 4);
        int n = text.length();
        int start = 0;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int content = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            // A lone CR also ends a line.
            int cr = text.indexOf('\r', start, content);
            while (cr >= 0) {
                lines.add(new Line(lines.size() + 1, text.substring(start, cr)));
                start = cr + 1;
                cr = text.indexOf('\r', start, content);
            }
            lines.add(new Line(lines.size() + 1, text.substring(start, content)));
            start = end + 1;
        }
        return lines;
    }
}
