package kb.model.parse.internal;

/** One line of a source file and its number (from 1). */
public record Line(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }

    /** How many leading spaces (a tab counts as one). */
    public int indent() {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    public String stripped() {
        return text.strip();
    }

    public Line withText(String other) {
        return new Line(number, other);
    }
}
