package kb.search.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.StringHelper;

/**
 * Where each term of an analysed text stands, in a few bytes an article keeps beside the index: a result's words are
 * then found in the article alone, not by walking the postings of the whole index. Each term is kept as a 32-bit hash
 * of its text with its offsets. Two different terms share a hash about once in four billion pairs, and the worst a
 * shared hash can do is mark a word in a snippet that the query did not match.
 */
public final class TermPlaces {
    private static final int SEED = 0x6b62;
    /** The most bytes one term takes: its hash, and its start and length as variable-length numbers. */
    private static final int MAX_BYTES_A_TERM = 4 + 5 + 5;

    private TermPlaces() {}

    /** What a reader is told of each term, in text order. */
    public interface Visitor {
        void term(int hash, int start, int end);
    }

    /** The hash a term is kept as. */
    public static int hash(String term) {
        return hash(term, new BytesRefBuilder());
    }

    /** The hash of a term, its UTF-8 bytes made in {@code utf8}. */
    private static int hash(String term, BytesRefBuilder utf8) {
        utf8.copyChars(term);
        return StringHelper.murmurhash3_x86_32(utf8.get(), SEED);
    }

    /** The places of every term of the text, in text order. */
    public static BytesRef encode(AnalysedText text) {
        byte[] bytes = new byte[text.size() * MAX_BYTES_A_TERM];
        ByteArrayDataOutput out = new ByteArrayDataOutput(bytes);
        BytesRefBuilder utf8 = new BytesRefBuilder();
        int previous = 0;
        try {
            for (int i = 0; i < text.size(); i++) {
                out.writeInt(hash(text.term(i), utf8));
                // Starts are kept as steps from the previous one: small numbers, a byte each mostly.
                out.writeVInt(BitUtil.zigZagEncode(text.start(i) - previous));
                out.writeVInt(text.end(i) - text.start(i));
                previous = text.start(i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to an array
        }
        return new BytesRef(bytes, 0, out.getPosition());
    }

    /** Tells the visitor each term kept in these bytes, as {@link #encode} wrote them. */
    public static void decode(BytesRef bytes, Visitor visitor) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int start = 0;
        while (!in.eof()) {
            int hash = in.readInt();
            start += BitUtil.zigZagDecode(in.readVInt());
            visitor.term(hash, start, start + in.readVInt());
        }
    }
}
