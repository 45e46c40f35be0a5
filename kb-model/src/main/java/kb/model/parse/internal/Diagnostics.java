package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import kb.model.parse.Diagnostic;

/** Collects one source's diagnostics, up to a limit. */
public final class Diagnostics {
    private final String source;
    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;

    public Diagnostics(String source, int max) {
        this.source = source;
        this.max = max;
    }

    public void add(Diagnostic d) {
        if (list.size() < max) {
            list.add(d);
        } else {
            dropped++;
        }
    }

    public void addAll(List<Diagnostic> ds) {
        ds.forEach(this::add);
    }

    public void error(Line line, String code, String message) {
        add(Diagnostic.error(source, line == null ? 0 : line.number(), 0, code, message));
    }

    public void warn(Line line, String code, String message) {
        add(Diagnostic.warn(source, line == null ? 0 : line.number(), 0, code, message));
    }

    public String source() {
        return source;
    }

    public List<Diagnostic> toList() {
        List<Diagnostic> out = new ArrayList<>(list);
        if (dropped > 0) {
            out.add(Diagnostic.info(source, 0, 0, "KB099", dropped + " more diagnostics not shown"));
        }
        return out;
    }
}
