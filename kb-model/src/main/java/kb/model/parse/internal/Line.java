package kb.model.parse.internal;

/**
 * One line of a source file and its number (from 1). Its indentation and blankness are worked out once, as every
 * scanner asks for them many times.
 */
final class Line {
    private final int number;
    private final String text;
    private final int indent;
    private final boolean blank;

    Line(int number, String text) {
        this.number = number;
        this.text = text;
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        this.indent = i;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        this.blank = i == text.length();
    }

    int number() {
        return number;
    }

    String text() {
        return text;
    }

    boolean isBlank() {
        return blank;
    }

    /** How many leading spaces (a tab counts as one). */
    int indent() {
        return indent;
    }

    /**
     * How many times {@code c} appears when the line holds nothing else but white space: a rule of {@code =} or
     * {@code -}; 0 for any other line.
     */
    int ruleLength(char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char x = text.charAt(i);
            if (x == c) {
                n++;
            } else if (!Character.isWhitespace(x)) {
                return 0;
            }
        }
        return n;
    }

    String stripped() {
        return text.strip();
    }

    Line withText(String other) {
        return new Line(number, other);
    }

    @Override
    public String toString() {
        return number + ": " + text;
    }
}
