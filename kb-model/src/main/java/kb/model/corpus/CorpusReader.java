package kb.model.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.IdScheme;
import kb.model.io.BuildMemo;
import kb.model.io.Fingerprint;
import kb.model.parse.ArticleParser;
import kb.model.parse.ParseResult;

/**
 * Reads a content folder into a {@link Corpus}, the one way every command reads articles. With the state a previous
 * read saved, only the files that changed are parsed: a file whose size and time are as they were is not opened, and
 * one whose bytes have the same fingerprint is not parsed again. Then the corpus's policies are applied, the same way
 * whatever was read: of two files with the same id the first in path order is kept, articles whose format carries no
 * product code take the one other articles give the same product name, and the reference graph is drawn.
 *
 * <p>A reader is immutable and may be shared between threads.
 */
public final class CorpusReader {
    /** Told how far the reading of changed files has got. Called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void update(int done, int total);
    }

    /**
     * What a read found: the corpus, how it differs from the one the previous state describes, the state to save for
     * the next read once whatever is made from the corpus is made, and how many files were parsed this time.
     */
    public record Result(Corpus corpus, CorpusChange change, CorpusState state, int parsed) {}

    private final ArticleParser parser;
    /** Whether drafts are taken in (kb check, kb serve) or left out (a published site). */
    private final boolean drafts;

    /** A reader that takes drafts in, as every article of the content. */
    public CorpusReader(ArticleParser parser) {
        this(parser, true);
    }

    /** A reader that takes drafts in, or leaves them out as a published site does. */
    public CorpusReader(ArticleParser parser, boolean drafts) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.drafts = drafts;
    }

    /** Reads every article of the folder, with nothing saved from before. */
    public Corpus readAll(Path root, Progress progress) {
        return read(root, Optional.empty(), progress).corpus();
    }

    /** Reads the folder, parsing only what changed since the previous state when there is one. */
    public Result read(Path root, Optional<CorpusState> previous, Progress progress) {
        return read(root, SourceListing.of(root), previous, progress);
    }

    /** Reads the files of a listing of the folder, parsing only what changed since the previous state. */
    @SuppressWarnings("ReferenceEquality") // the very state the last read left, not an equal one read from disk
    public Result read(Path root, SourceListing listing, Optional<CorpusState> previous, Progress progress) {
        if (previous.isPresent() && !previous.get().ids().equals(parser.ids().pattern())) {
            // Other ids change what every article mentions and links to: everything is read again.
            previous = Optional.empty();
        }
        Map<String, CorpusState.Source> before =
                previous.map(CorpusState::sources).orElse(Map.of());
        // The last read in this process left the very state given: what it made of it is known.
        Last last = LAST.get();
        Optional<Last> known = previous.filter(p -> last != null && last.state() == p && p.drafts() == drafts)
                .map(p -> last);
        // What the previous state kept, to tell what changed: drawn beside the reading, which does not need it.
        Optional<CompletableFuture<Map<ArticleId, ArticleSummary>>> keptBefore = known.isPresent()
                ? Optional.of(CompletableFuture.completedFuture(known.get().policies().kept))
                : previous.map(p -> CompletableFuture.supplyAsync(() -> new Policies(p).kept));
        List<SourceFile> toRead = listing.files().stream()
                .filter(f -> {
                    CorpusState.Source p = before.get(f.name());
                    return p == null || p.size() != f.size() || p.modified() != f.modifiedMillis();
                })
                .toList();
        AtomicInteger done = new AtomicInteger();
        Map<String, Reading> read = new HashMap<>();
        toRead.parallelStream()
                .map(f -> {
                    Reading r = read(f, before.get(f.name()));
                    progress.update(done.incrementAndGet(), toRead.size());
                    return r;
                })
                .toList()
                .forEach(r -> read.put(r.file().name(), r));

        Map<String, CorpusState.Source> sources =
                LinkedHashMap.newLinkedHashMap(listing.files().size());
        Map<ArticleId, Article> articles = new HashMap<>();
        for (SourceFile f : listing.files()) {
            Reading r = read.get(f.name());
            if (r == null) {
                CorpusState.Source p = before.get(f.name());
                sources.put(f.name(), p);
            } else {
                sources.put(
                        f.name(),
                        new CorpusState.Source(
                                f.size(), f.modifiedMillis(), r.fingerprint(), r.summary(), r.diagnostics()));
                r.article().ifPresent(a -> articles.putIfAbsent(a.id(), a));
            }
        }
        CorpusState state = new CorpusState(sources, drafts, parser.ids().pattern());
        Optional<Edit> edit = known.flatMap(
                k -> Edit.of(k.policies(), before, read, listing.files().size()));
        Policies now = edit.map(Edit::policies).orElseGet(() -> new Policies(state));
        // The articles parsed that the policies kept (an edit parses one or two of 57,000).
        Map<ArticleId, Article> loaded = new HashMap<>();
        for (Article a : articles.values()) {
            ArticleSummary s = now.kept.get(a.id());
            if (s != null && a.source().path().equals(s.source())) {
                loaded.put(s.id(), a.productCodes().isEmpty() ? a.withProductCodes(s.productCodes()) : a);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(listing.diagnostics());
        diagnostics.addAll(now.diagnostics);
        LinkedFiles files = LinkedFiles.check(root, sources, now.kept, diagnostics);
        // Who cites whom is the last corpus's when no edited article cites or links otherwise.
        boolean citesAsBefore = edit.isPresent()
                && edit.get().keepsCitations()
                && files.articles().equals(known.get().linked());
        Corpus corpus = new Corpus(
                now.ordered,
                now.kept,
                loaded,
                diagnostics,
                now.duplicates,
                files,
                root,
                parser,
                known.map(Last::mark).orElse(null),
                citesAsBefore ? known.get().citations() : null);
        CorpusChange change = keptBefore.isEmpty()
                ? CorpusChange.full(new TreeSet<>(now.kept.keySet()))
                : edit.isPresent()
                        ? edit.get().change()
                        : change(keptBefore.get().join(), now.ordered);
        int parsed = (int) read.values().stream().filter(r -> r.parsed()).count();
        LAST.set(new Last(state, now, corpus.mark(), corpus.citations(), files.articles()));
        return new Result(corpus, change, state, parsed);
    }

    /**
     * What the last read of this process made of the state it left: the next read, which starts from that very state
     * (kb serve keeps it), need not apply the policies to every article again. Not the corpus itself, which holds the
     * articles parsed (after a whole build, all of them): its mark, who cites whom, and the articles its links name.
     */
    private record Last(
            CorpusState state,
            Policies policies,
            Corpus.Mark mark,
            CompletableFuture<Corpus.Citations> citations,
            Map<String, ArticleId> linked) {}

    private static final BuildMemo<Last> LAST = BuildMemo.of(null);
    /** Reads that patched the last read's policies rather than applying them afresh. */
    private static final AtomicLong EDITS = new AtomicLong();

    /** How many reads of this process patched the last read's policies. */
    static long edits() {
        return EDITS.get();
    }

    /**
     * Files read again that hold the articles they held, under the same ids, products and diagnostics, none of them a
     * duplicate: the last read's policies stand but for those articles' summaries, which are put in their places.
     *
     * @param policies the last policies with the new summaries in place
     * @param change the articles whose summaries changed, as {@link #change} tells them
     * @param keepsCitations whether every changed article cites and links as before
     */
    private record Edit(Policies policies, CorpusChange change, boolean keepsCitations) {
        @SuppressWarnings("ReferenceEquality") // a summary a file gave again is the very one it gave before
        static Optional<Edit> of(
                Policies last, Map<String, CorpusState.Source> before, Map<String, Reading> read, int files) {
            if (files != before.size()) {
                return Optional.empty();
            }
            Set<ArticleId> duplicated = new HashSet<>();
            last.duplicates.forEach(d -> duplicated.add(d.id()));
            List<ArticleSummary> replacing = new ArrayList<>();
            for (Reading r : read.values()) {
                CorpusState.Source was = before.get(r.file().name());
                if (was == null
                        || was.summary().isEmpty()
                        || r.summary().isEmpty()
                        || !was.diagnostics().equals(r.diagnostics())) {
                    return Optional.empty();
                }
                ArticleSummary a = was.summary().get();
                ArticleSummary b = r.summary().get();
                if (a == b) {
                    continue; // touched, not changed
                }
                if (!a.id().equals(b.id())
                        || duplicated.contains(a.id())
                        || a.draft() != b.draft()
                        || !a.productCodes().equals(b.productCodes())
                        || !a.productNames().equals(b.productNames())
                        || last.kept.get(a.id()) == null
                        || !last.kept.get(a.id()).source().equals(b.source())) {
                    return Optional.empty();
                }
                replacing.add(b);
            }
            Map<ArticleId, ArticleSummary> kept = new LinkedHashMap<>(last.kept);
            List<ArticleSummary> ordered = new ArrayList<>(last.ordered);
            TreeSet<ArticleId> changed = new TreeSet<>();
            Map<ArticleId, ArticleSummary> was = new HashMap<>();
            boolean citations = true;
            for (ArticleSummary b : replacing) {
                ArticleSummary filled = last.codes.fill(b);
                ArticleSummary a = kept.put(b.id(), filled);
                int at = Collections.binarySearch(ordered, filled, BY_ID);
                ordered.set(at, filled);
                if (a.fingerprint() != filled.fingerprint() || !a.productCodes().equals(filled.productCodes())) {
                    changed.add(b.id());
                    was.put(b.id(), a);
                }
                citations &= a.cites().equals(filled.cites()) && a.links().equals(filled.links());
            }
            Policies policies = new Policies(kept, ordered, last.diagnostics, last.duplicates, last.codes);
            EDITS.incrementAndGet();
            CorpusChange change = new CorpusChange(false, new TreeSet<>(), changed, new TreeSet<>(), was);
            return Optional.of(new Edit(policies, change, citations));
        }
    }

    /**
     * A corpus of articles already parsed, taken in the order given as their files' order: the same policies apply,
     * and nothing is read from disk.
     */
    public static Corpus of(List<Article> articles) {
        Map<String, CorpusState.Source> sources = LinkedHashMap.newLinkedHashMap(articles.size());
        Map<ArticleId, Article> first = new HashMap<>();
        for (Article a : articles) {
            long fingerprint = Fingerprint.of(a.toString());
            String name = a.source().path();
            while (sources.containsKey(name)) {
                name = name + "'";
            }
            sources.put(
                    name,
                    new CorpusState.Source(
                            0,
                            0,
                            fingerprint,
                            Optional.of(ArticleSummary.of(a, fingerprint, IdScheme.ARCHIVE)),
                            List.of()));
            first.putIfAbsent(a.id(), a);
        }
        Policies p = new Policies(new CorpusState(sources, true, ""));
        Map<ArticleId, Article> loaded = new HashMap<>();
        p.ordered.forEach(s -> {
            Article a = first.get(s.id());
            loaded.put(s.id(), a.productCodes().isEmpty() ? a.withProductCodes(s.productCodes()) : a);
        });
        List<Diagnostic> diagnostics = new ArrayList<>(p.diagnostics);
        LinkedFiles files = LinkedFiles.check(null, sources, p.kept, diagnostics);
        return new Corpus(p.ordered, p.kept, loaded, diagnostics, p.duplicates, files, null, null, null, null);
    }

    /** A file read this time: its fingerprint and what it gave (the article only when it was parsed). */
    private record Reading(
            SourceFile file,
            long fingerprint,
            Optional<ArticleSummary> summary,
            List<Diagnostic> diagnostics,
            Optional<Article> article,
            boolean parsed) {}

    private Reading read(SourceFile f, CorpusState.Source before) {
        if (f.size() > parser.maxBytes()) {
            // Not even read: a huge file would take the memory every other article needs.
            return new Reading(
                    f, 0, Optional.empty(), List.of(parser.tooLarge(f.name(), f.size())), Optional.empty(), false);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException
                    ? "it vanished while it was read"
                    : e.getMessage() == null ? e.toString() : e.getMessage();
            return new Reading(
                    f,
                    0,
                    Optional.empty(),
                    List.of(Diagnostic.of(f.name(), DiagnosticCode.UNREADABLE_FILE, "cannot read file: " + reason)),
                    Optional.empty(),
                    false);
        }
        long fingerprint = Fingerprint.of(bytes);
        if (before != null && before.fingerprint() == fingerprint) {
            // Touched, not changed: what it gave last time stands.
            return new Reading(f, fingerprint, before.summary(), before.diagnostics(), Optional.empty(), false);
        }
        ParseResult r = parser.parse(f.name(), bytes);
        return new Reading(
                f,
                fingerprint,
                r.article().map(a -> ArticleSummary.of(a, fingerprint, parser.ids())),
                r.diagnostics(),
                r.article(),
                true);
    }

    /** What the ids of two reads tell apart. */
    private static CorpusChange change(Map<ArticleId, ArticleSummary> before, List<ArticleSummary> now) {
        TreeSet<ArticleId> added = new TreeSet<>();
        TreeSet<ArticleId> changed = new TreeSet<>();
        Map<ArticleId, ArticleSummary> was = new HashMap<>();
        Set<ArticleId> kept = new HashSet<>(now.size() * 2);
        for (ArticleSummary s : now) {
            kept.add(s.id());
            ArticleSummary b = before.get(s.id());
            if (b == null) {
                added.add(s.id());
            } else if (b.fingerprint() != s.fingerprint()
                    || !b.source().equals(s.source())
                    || !b.productCodes().equals(s.productCodes())) {
                changed.add(s.id());
                was.put(s.id(), b);
            }
        }
        TreeSet<ArticleId> removed = new TreeSet<>();
        for (ArticleId id : before.keySet()) {
            if (!kept.contains(id)) {
                removed.add(id);
                was.put(id, before.get(id));
            }
        }
        return new CorpusChange(false, added, changed, removed, was);
    }

    private static final Comparator<ArticleSummary> BY_ID = Comparator.comparing(ArticleSummary::id);

    /**
     * The corpus's policies over what each source gave, in path order: the articles kept (the first file of each id),
     * with the product codes learned from the others, and every diagnostic with the duplicates'.
     */
    private static final class Policies {
        /** The kept articles by id, and in id order. */
        final Map<ArticleId, ArticleSummary> kept;

        final List<ArticleSummary> ordered;
        final List<Diagnostic> diagnostics;
        final List<Duplicate> duplicates;
        /** The product codes learned from the kept articles. */
        final ProductCodes codes;

        Policies(
                Map<ArticleId, ArticleSummary> kept,
                List<ArticleSummary> ordered,
                List<Diagnostic> diagnostics,
                List<Duplicate> duplicates,
                ProductCodes codes) {
            this.kept = kept;
            this.ordered = ordered;
            this.diagnostics = diagnostics;
            this.duplicates = duplicates;
            this.codes = codes;
        }

        Policies(CorpusState state) {
            this.diagnostics = new ArrayList<>();
            this.duplicates = new ArrayList<>();
            this.codes = new ProductCodes();
            // In path order, which for an archive is nearly id order: the sort below is then a single pass.
            Map<ArticleId, ArticleSummary> first =
                    new LinkedHashMap<>(state.sources().size() * 2);
            Map<ArticleId, List<String>> claimed = new LinkedHashMap<>();
            for (Map.Entry<String, CorpusState.Source> e : state.sources().entrySet()) {
                CorpusState.Source source = e.getValue();
                if (!source.diagnostics().isEmpty()) {
                    diagnostics.addAll(source.diagnostics());
                }
                if (source.summary().isEmpty()
                        || (!state.drafts() && source.summary().get().draft())) {
                    continue;
                }
                ArticleSummary s = source.summary().get();
                ArticleSummary kept = first.putIfAbsent(s.id(), s);
                if (kept == null) {
                    codes.learn(s.productNames(), s.productCodes());
                } else {
                    claimed.computeIfAbsent(s.id(), k -> new ArrayList<>(List.of(kept.source())))
                            .add(e.getKey());
                    diagnostics.add(Diagnostic.at(
                            e.getKey(),
                            1,
                            DiagnosticCode.DUPLICATE_ID,
                            "duplicate id " + s.id() + ": also in " + kept.source()
                                    + ", which is kept; this file is skipped"));
                }
            }
            first.replaceAll((id, s) -> codes.fill(s));
            kept = first;
            ordered = new ArrayList<>(first.values());
            ordered.sort(BY_ID);
            claimed.forEach((id, files) -> duplicates.add(new Duplicate(id, files)));
        }
    }
}
