package kb.render.site;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import kb.model.io.Fingerprint;

/**
 * A page's fingerprint, computed from its record: every component, and every component of the records, lists and maps
 * within it, folded in order with the kind of each record. A field added to a page's record is a field in its
 * fingerprint; nothing is listed by hand.
 */
public final class PageFingerprint {
    /** Each record class's accessors, in declaration order, looked up once. */
    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] out = new MethodHandle[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < components.length; i++) {
                try {
                    out[i] = lookup.unreflect(components[i].getAccessor());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + components[i].getName(), e);
                }
            }
            return out;
        }
    };

    private PageFingerprint() {}

    /** The fingerprint of a page rendered with a theme (whose own fingerprint is {@code theme}). */
    public static long of(Page page, long theme) {
        Fingerprint f = Fingerprint.from(theme);
        add(f, page);
        return f.value();
    }

    private static void add(Fingerprint f, Object value) {
        switch (value) {
            case null -> f.add(-1L);
            case String s -> f.add(s);
            case Integer i -> f.add(i);
            case Long l -> f.add(l);
            case Boolean b -> f.add(b);
            case Enum<?> e -> f.add(e.name());
            case LocalDate d -> f.add(d.toEpochDay());
            case Collection<?> c -> {
                f.add(c.size());
                for (Object o : c) {
                    add(f, o);
                }
            }
            case Map<?, ?> m -> {
                f.add(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    add(f, e.getKey());
                    add(f, e.getValue());
                }
            }
            case Record r -> record(f, r);
            default -> throw new IllegalArgumentException("a page holds a " + value.getClass().getName()
                    + ", which has no fingerprint: use strings, numbers, records, lists and maps");
        }
    }

    private static void record(Fingerprint f, Record r) {
        f.add(r.getClass().getName());
        for (MethodHandle accessor : ACCESSORS.get(r.getClass())) {
            try {
                add(f, accessor.invoke(r));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
