package kb.model;

import java.util.Objects;

/**
 * A problem found in a source file, with its place: printed as {@code faq/0042.txt:17:3: warning: message [KB012]}.
 * Lines and columns count from 1; 0 means the whole file or line. The code decides the severity. The message is one
 * line of at most {@value #MAX_MESSAGE} characters, any control character written out: what it quotes of an article
 * cannot flood or take over a terminal.
 */
public record Diagnostic(String source, int line, int column, DiagnosticCode code, String message) {
    /** The longest message kept; a longer one is cut and ends with an ellipsis. */
    public static final int MAX_MESSAGE = 500;

    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        message = ControlCharacters.forTerminal(message);
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "\u2026";
        }
        source = ControlCharacters.forTerminal(source);
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A problem with a whole file. */
    public static Diagnostic of(String source, DiagnosticCode code, String message) {
        return new Diagnostic(source, 0, 0, code, message);
    }

    /** A problem on one line of a file. */
    public static Diagnostic at(String source, int line, DiagnosticCode code, String message) {
        return new Diagnostic(source, line, 0, code, message);
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ")
                .append(severity().label())
                .append(": ")
                .append(message)
                .append(" [")
                .append(code.code())
                .append(']')
                .toString();
    }
}
