package kb.model;

/**
 * Characters that articles may hold but outputs must not carry as they are: those HTML and XML forbid in a document
 * (the C0 controls but tab, line feed and carriage return; DEL and the C1 controls; U+FFFE and U+FFFF), and those a
 * terminal would obey rather than print (an ESC sequence can clear it or retitle it).
 */
public final class ControlCharacters {
    /** What stands in a page for a character it must not hold. */
    public static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {}

    /** Whether HTML and XML forbid this character in a document's text. */
    public static boolean forbiddenInMarkup(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE'
                || c == '\uFFFF';
    }

    /** Whether a terminal would take this character as a control rather than print it. */
    public static boolean control(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Text for one line of a terminal: tabs and line ends as spaces, other controls written out ({@code \u001B}),
     * so that nothing in an article can move the cursor, clear the screen or ring the bell.
     */
    public static String forTerminal(String text) {
        int i = 0;
        while (i < text.length() && !control(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                b.append(' ');
            } else if (control(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
