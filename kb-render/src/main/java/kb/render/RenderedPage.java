package kb.render;

import java.util.Objects;

/** One output file: its path relative to the site's root ({@code kb/256/Q256211/index.html}) and its bytes. */
public record RenderedPage(String path, byte[] bytes) {
    public RenderedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }
}
