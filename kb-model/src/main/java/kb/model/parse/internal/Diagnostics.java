package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;

/** Collects one source's diagnostics, up to a limit. */
public final class Diagnostics {
    private final String source;
    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;
    private int errors;

    public Diagnostics(String source, int max) {
        this.source = source;
        this.max = max;
    }

    /**
     * Keeps a diagnostic while there are fewer than the limit; past it, only errors (up to as many again), so that
     * many warnings never hide why an article was left out.
     */
    public void add(Diagnostic d) {
        if (list.size() < max || (d.isError() && errors < max)) {
            list.add(d);
            if (d.isError()) {
                errors++;
            }
        } else {
            dropped++;
        }
    }

    public void addAll(List<Diagnostic> ds) {
        ds.forEach(this::add);
    }

    /** A problem on a line of the source (the whole source when the line is null). */
    void report(Line line, DiagnosticCode code, String message) {
        add(Diagnostic.at(source, line == null ? 0 : line.number(), code, message));
    }

    /** A problem with the whole source, or on its first line when the source has one. */
    void report(int line, DiagnosticCode code, String message) {
        add(Diagnostic.at(source, line, code, message));
    }

    /** A problem at a line and column of the source (column 0: the whole line). */
    void report(int line, int column, DiagnosticCode code, String message) {
        add(new Diagnostic(source, line, column, code, message));
    }

    public String source() {
        return source;
    }

    public List<Diagnostic> toList() {
        List<Diagnostic> out = new ArrayList<>(list);
        if (dropped > 0) {
            out.add(Diagnostic.of(source, DiagnosticCode.MORE_NOT_SHOWN, dropped + " more diagnostics not shown"));
        }
        return out;
    }
}
