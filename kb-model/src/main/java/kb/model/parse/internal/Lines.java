package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines on CRLF, LF or a lone CR. */
public final class Lines {
    private Lines() {}

    public static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(n++, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(n, text.substring(start)));
        }
        return lines;
    }
}
