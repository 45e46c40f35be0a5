package kb.render.site;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import kb.model.ArticleId;
import kb.model.io.Fingerprint;

/**
 * A page's fingerprint, computed from its record: every component, and every component of the records, lists and maps
 * within it, folded in order with the kind of each record. A field added to a page's record is a field in its
 * fingerprint; nothing is listed by hand.
 */
public final class PageFingerprint {
    /** An accessor as called: any record in, its component out (boxed). */
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    /** Each record class's accessors, in declaration order, looked up once and adapted to {@link #GETTER}. */
    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] out = new MethodHandle[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < components.length; i++) {
                try {
                    out[i] = lookup.unreflect(components[i].getAccessor()).asType(GETTER);
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

    // A chain of instanceof tests rather than a pattern switch: it is the fingerprinting's inner loop, and a build's
    // short-lived JVM runs it with the client compiler, which makes the switch's bootstrap dearer than the tests.
    @SuppressWarnings("IfChainToSwitch")
    private static void add(Fingerprint f, Object value) {
        if (value instanceof String s) {
            f.add(s);
        } else if (value instanceof Record r) {
            record(f, r);
        } else if (value instanceof Collection<?> c) {
            f.add(c.size());
            for (Object o : c) {
                add(f, o);
            }
        } else if (value == null) {
            f.add(-1L);
        } else if (value instanceof Integer i) {
            f.add(i);
        } else if (value instanceof Long l) {
            f.add(l);
        } else if (value instanceof Boolean b) {
            f.add(b);
        } else if (value instanceof Map<?, ?> m) {
            f.add(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                add(f, e.getKey());
                add(f, e.getValue());
            }
        } else if (value instanceof Enum<?> e) {
            f.add(e.name());
        } else if (value instanceof LocalDate d) {
            f.add(d.toEpochDay());
        } else if (value instanceof ArticleId id) {
            f.add(id.value());
        } else {
            throw new IllegalArgumentException(
                    "a page holds a " + value.getClass().getName()
                            + ", which has no fingerprint: use strings, numbers, records, lists, maps and ids");
        }
    }

    private static void record(Fingerprint f, Record r) {
        f.add(r.getClass().getName());
        for (MethodHandle accessor : ACCESSORS.get(r.getClass())) {
            try {
                add(f, (Object) accessor.invokeExact((Object) r));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
