package kb.model.io;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing a long-running process (kb serve) keeps from a build for the next, such as what the last read of the corpus
 * made of its policies. A memo is checked by whoever takes it (it holds only for the very objects it was made from), so
 * a stale one costs time, never correctness.
 *
 * <p>A process that builds another site between two builds of its own (kb serve warming up on a sample of the content)
 * {@linkplain #save() saves} every memo before and {@linkplain Saved#restore() restores} them after, so that the next
 * build of the site finds what its last build left.
 *
 * @param <T> what is kept
 */
public final class BuildMemo<T> {
    private static final List<WeakReference<BuildMemo<?>>> ALL = new ArrayList<>();

    private final T initial;
    private T value;

    private BuildMemo(T initial) {
        this.initial = initial;
        this.value = initial;
    }

    /** A memo that holds {@code initial} until a build sets it. */
    public static <T> BuildMemo<T> of(T initial) {
        BuildMemo<T> memo = new BuildMemo<>(initial);
        synchronized (ALL) {
            ALL.add(new WeakReference<>(memo));
        }
        return memo;
    }

    /** What the memo holds. */
    public synchronized T get() {
        return value;
    }

    /** Keeps {@code v}. */
    public synchronized void set(T v) {
        value = v;
    }

    /** Keeps {@code v} and gives what was kept. */
    public synchronized T getAndSet(T v) {
        T was = value;
        value = v;
        return was;
    }

    /** What every memo of the process holds now. */
    public static Saved save() {
        Map<BuildMemo<?>, Object> values = new HashMap<>();
        for (BuildMemo<?> memo : memos()) {
            values.put(memo, memo.get());
        }
        return new Saved(values);
    }

    /** Every memo as it was before any build: what a process holds when it has built nothing yet. */
    public static Saved initial() {
        Map<BuildMemo<?>, Object> values = new HashMap<>();
        for (BuildMemo<?> memo : memos()) {
            values.put(memo, memo.initial);
        }
        return new Saved(values);
    }

    private static List<BuildMemo<?>> memos() {
        List<BuildMemo<?>> out = new ArrayList<>();
        synchronized (ALL) {
            ALL.removeIf(ref -> {
                BuildMemo<?> memo = ref.get();
                if (memo != null) {
                    out.add(memo);
                }
                return memo == null;
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked") // each value was read from the memo it is put back in
    private void restore(Object v) {
        set((T) v);
    }

    /** The values of the memos at one time. A memo made since goes back to what it held when it was made. */
    public static final class Saved {
        private final Map<BuildMemo<?>, Object> values;

        private Saved(Map<BuildMemo<?>, Object> values) {
            this.values = values;
        }

        /** Puts every memo back as it was. */
        public void restore() {
            for (BuildMemo<?> memo : memos()) {
                memo.restore(values.containsKey(memo) ? values.get(memo) : memo.initial);
            }
        }
    }
}
