package kb.model.parse;

import java.util.Objects;

/**
 * A problem found in a source file, with its place: printed as {@code faq/0042.txt:17:3: warning: message [KB012]}.
 * Lines and columns count from 1; 0 means the whole file or line.
 */
public record Diagnostic(String source, int line, int column, Severity severity, String code, String message) {
    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static Diagnostic error(String source, int line, int column, String code, String message) {
        return new Diagnostic(source, line, column, Severity.ERROR, code, message);
    }

    public static Diagnostic warn(String source, int line, int column, String code, String message) {
        return new Diagnostic(source, line, column, Severity.WARNING, code, message);
    }

    public static Diagnostic info(String source, int line, int column, String code, String message) {
        return new Diagnostic(source, line, column, Severity.INFO, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
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
        return sb.append(": ").append(severity.label()).append(": ").append(message)
                .append(" [").append(code).append(']').toString();
    }
}
