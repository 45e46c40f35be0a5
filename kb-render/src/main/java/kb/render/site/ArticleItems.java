package kb.render.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kb.model.corpus.ArticleSummary;
import kb.model.io.BuildMemo;
import kb.model.io.Fingerprint;
import kb.render.link.SitePaths;

/**
 * The items of {@code articles.json}, one JSON object an article ({@code id}, {@code title}, {@code url},
 * {@code products}, {@code modified}), with a fingerprint of each. A summary never changes, so the item made of it
 * stands for as long as the summary is the same object: what the last list made is kept, and a list that differs from it
 * by a few articles (as kb serve's builds do) makes only theirs, finding the others by walking both lists in id order
 * without reading their summaries again.
 */
public final class ArticleItems {
    private static final BuildMemo<ArticleItems> LAST =
            BuildMemo.of(new ArticleItems(new ArticleSummary[0], new long[0], new byte[0][]));
    private static final JsonFactory JSON = new JsonFactory();

    private final ArticleSummary[] of;
    private final long[] fingerprints;
    private final byte[][] items;

    private ArticleItems(ArticleSummary[] of, long[] fingerprints, byte[][] items) {
        this.of = of;
        this.fingerprints = fingerprints;
        this.items = items;
    }

    /** The items of a list of articles in id order. */
    @SuppressWarnings("ReferenceEquality") // the very summary an item was made of, not an equal one
    public static ArticleItems of(List<ArticleSummary> articles) {
        ArticleItems last = LAST.get();
        int n = articles.size();
        ArticleSummary[] of = articles.toArray(ArticleSummary[]::new);
        long[] fingerprints = new long[n];
        byte[][] items = new byte[n][];
        List<Integer> missing = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < n; i++) {
            ArticleSummary m = of[i];
            // Kept articles gone from the list (ids before this one) are passed by.
            while (j < last.of.length && last.of[j] != m && last.of[j].id().compareTo(m.id()) < 0) {
                j++;
            }
            if (j < last.of.length && last.of[j] == m) {
                fingerprints[i] = last.fingerprints[j];
                items[i] = last.items[j];
                j++;
            } else {
                missing.add(i);
            }
        }
        IntStream.range(0, missing.size()).parallel().forEach(k -> {
            int i = missing.get(k);
            items[i] = item(of[i]);
            fingerprints[i] = Fingerprint.of(items[i]);
        });
        ArticleItems made = new ArticleItems(of, fingerprints, items);
        LAST.set(made);
        return made;
    }

    /** What the items show, folded: it changes when any item does, or their order. */
    public long madeFrom() {
        Fingerprint f = Fingerprint.start().add(fingerprints.length);
        for (long item : fingerprints) {
            f.add(item);
        }
        return f.value();
    }

    /** {@code articles.json}: {@code {"articles":[item, ...]}}. */
    public byte[] json() {
        byte[] start = "{\"articles\":[".getBytes(StandardCharsets.UTF_8);
        byte[] end = "]}".getBytes(StandardCharsets.UTF_8);
        int size = start.length + end.length + Math.max(items.length - 1, 0);
        for (byte[] item : items) {
            size += item.length;
        }
        byte[] out = new byte[size];
        System.arraycopy(start, 0, out, 0, start.length);
        int at = start.length;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            System.arraycopy(items[i], 0, out, at, items[i].length);
            at += items[i].length;
        }
        System.arraycopy(end, 0, out, at, end.length);
        return out;
    }

    private static byte[] item(ArticleSummary m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("id", m.id().value());
            out.writeStringField("title", m.title());
            out.writeStringField("url", SitePaths.articleDir(m.id()));
            out.writeArrayFieldStart("products");
            for (String key : m.productKeys()) {
                out.writeString(key);
            }
            out.writeEndArray();
            out.writeStringField("modified", m.date());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render articles.json: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
