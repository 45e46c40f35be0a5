package kb.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * How long one search may collect: Lucene asks as it scores ({@link org.apache.lucene.search.IndexSearcher#setTimeout})
 * and stops once the time is spent, keeping what it found. Each search has its own budget, kept for the thread that
 * runs it, so one searcher serves every request of a server.
 */
final class SearchBudget implements QueryTimeout {
    /** What every searcher asks; a thread with no search running is never stopped. */
    static final SearchBudget SHARED = new SearchBudget();

    private static final ThreadLocal<Spending> SPENDING = new ThreadLocal<>();

    private SearchBudget() {}

    /** One search's budget, from now (null: no limit); close it when the search is done. */
    static Spending start(Duration budget) {
        if (budget == null) {
            return new Spending(0, false);
        }
        Spending s = new Spending(System.nanoTime() + budget.toNanos(), true);
        SPENDING.set(s);
        return s;
    }

    @Override
    public boolean shouldExit() {
        Spending s = SPENDING.get();
        return s != null && s.spent();
    }

    /** The budget of the search running on this thread. */
    static final class Spending implements AutoCloseable {
        private final long deadline;
        private final boolean bounded;
        private boolean spent;

        private Spending(long deadline, boolean bounded) {
            this.deadline = deadline;
            this.bounded = bounded;
        }

        /** Whether the time is up; once it is, it stays up. */
        boolean spent() {
            if (bounded && !spent && System.nanoTime() - deadline >= 0) {
                spent = true;
            }
            return spent;
        }

        /**
         * Whether the search was stopped or cut short: the time was found up while it ran (a search that ends within
         * its budget is never said to be cut short, however long its answer then takes).
         */
        boolean cutShort() {
            return spent;
        }

        @Override
        public void close() {
            SPENDING.remove();
        }
    }
}
