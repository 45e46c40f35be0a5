package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ConcurrentModificationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailureTest {
    @Test
    void aFailureWithNoMessageIsNamedByItsKind() {
        assertThat(Failure.describe(new ConcurrentModificationException()))
                .isEqualTo("java.util.ConcurrentModificationException");
        assertThat(Failure.describe(new IllegalStateException(null, new UnsupportedOperationException("sorted"))))
                .isEqualTo("sorted");
    }

    @Test
    void aWrapperThatRepeatsItsCauseGivesWayToIt() {
        IOException cause = new IOException("cannot write site/index.html: disk full");
        assertThat(Failure.describe(new CompletionException(cause))).isEqualTo(cause.getMessage());
        assertThat(Failure.describe(new ExecutionException(cause))).isEqualTo(cause.getMessage());
        assertThat(Failure.describe(new IllegalStateException(cause.getMessage(), cause)))
                .isEqualTo(cause.getMessage());
        assertThat(Failure.describe(new IllegalStateException("theme/page.ftl:3:7: template error", cause)))
                .isEqualTo("theme/page.ftl:3:7: template error");
    }

    @Test
    void aFaultInKbIsToldWithWhereItHappened() {
        StringWriter told = new StringWriter();
        Failure.report(
                "kb serve: the build failed: ",
                new CompletionException(new NullPointerException()),
                new PrintWriter(told));
        assertThat(told.toString())
                .startsWith("kb serve: the build failed: java.lang.NullPointerException\n")
                .contains("please report it")
                .contains("at kb.cli.FailureTest.aFaultInKbIsToldWithWhereItHappened");
    }

    @Test
    void aProblemAUserCanActOnIsToldAlone() {
        StringWriter told = new StringWriter();
        PrintWriter err = new PrintWriter(told);
        Failure.report("kb: ", new CompletionException(new UncheckedIOException(new IOException("disk full"))), err);
        Failure.report("kb: ", new IllegalArgumentException("kb does not write into the content folder"), err);
        Failure.report("kb: ", new IllegalStateException("page.ftl:3:7: template error", new Exception("parse")), err);
        assertThat(told.toString())
                .isEqualTo(
                        "kb: disk full\nkb: kb does not write into the content folder\nkb: page.ftl:3:7: template error\n");
        assertThat(Failure.internal(new IllegalStateException("x", new ConcurrentModificationException())))
                .isTrue();
    }
}
