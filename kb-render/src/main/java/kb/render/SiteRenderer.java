package kb.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import kb.model.Article;
import kb.model.ArticleId;
import kb.render.site.ArticleContext;
import kb.render.site.BodyViews;
import kb.render.site.Fingerprint;
import kb.render.site.Page;
import kb.render.site.SitePlanner;
import kb.render.view.ArticleView;
import kb.render.view.SiteView;
import kb.render.view.Span;

/**
 * Renders planned pages through FreeMarker templates: the built-in theme, with any template or static file of a
 * user's theme folder ({@code templates/}, {@code static/}) taking its place by name. Templates are {@code .ftlh}
 * (HTML, escaped by default) or {@code .ftlx} (XML, escaped by default); Java gives them plain records.
 *
 * <p>A renderer is immutable once built and may render pages from many threads at once.
 */
public final class SiteRenderer {
    /** The built-in theme's static files, copied byte for byte to {@code static/}. */
    private static final List<String> STATIC = List.of("kb.css", "kb.js");
    /** The built-in theme's templates. */
    private static final List<String> TEMPLATES = List.of("layout.ftlh", "home.ftlh", "article.ftlh", "list.ftlh",
            "search.ftlh", "404.ftlh", "feed.ftlx", "sitemap.ftlx", "sitemap-index.ftlx", "robots.ftl");

    private final SiteConfig config;
    private final Configuration freemarker;
    private final Map<String, byte[]> statics;
    private final long themeHash;
    private final ObjectMapper json = JsonMapper.builder().build();

    public SiteRenderer(SiteConfig config) {
        this.config = config;
        this.freemarker = freemarker(config);
        this.statics = statics(config);
        this.themeHash = hashTheme();
    }

    private static Configuration freemarker(SiteConfig config) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (config.theme().isPresent() && Files.isDirectory(config.theme().get().resolve("templates"))) {
                loaders.add(new FileTemplateLoader(config.theme().get().resolve("templates").toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's templates: " + e.getMessage(), e);
        }
        loaders.add(new ClassTemplateLoader(SiteRenderer.class, "/kb/templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        return cfg;
    }

    /** The static files: the built-in ones, then the theme's, which replace them by name or add to them. */
    private static Map<String, byte[]> statics(SiteConfig config) {
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : STATIC) {
            out.put(name, resource("/kb/static/" + name));
        }
        if (config.theme().isPresent()) {
            Path dir = config.theme().get().resolve("static");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the theme's static files: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in theme file missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hash of every template and static file in use, built-in or the theme's. */
    private long hashTheme() {
        long h = Fingerprint.of(config.title() + "\n" + config.baseUrl());
        for (String name : TEMPLATES) {
            h = Fingerprint.mix(h, templateSource(name));
        }
        if (config.theme().isPresent() && Files.isDirectory(config.theme().get().resolve("templates"))) {
            try (Stream<Path> files = Files.list(config.theme().get().resolve("templates"))) {
                for (Path f : files.sorted().toList()) {
                    h = Fingerprint.mix(h, f.getFileName() + Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Map.Entry<String, byte[]> e : statics.entrySet()) {
            h = Fingerprint.mix(Fingerprint.mix(h, e.getKey()), Fingerprint.of(e.getValue()));
        }
        return h;
    }

    /** A template's text as the theme has it (the theme's own file, else the built-in one), without parsing it. */
    private String templateSource(String name) {
        try {
            if (config.theme().isPresent()) {
                Path own = config.theme().get().resolve("templates").resolve(name);
                if (Files.isRegularFile(own)) {
                    return Files.readString(own);
                }
            }
            return new String(resource("/kb/templates/" + name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses every template now, on another thread, so that the first pages to render do not wait for it; a build calls
     * this while it reads its sources.
     */
    public void prepareInBackground() {
        Thread t = new Thread(() -> {
            for (String name : TEMPLATES) {
                try {
                    freemarker.getTemplate(name);
                } catch (IOException | RuntimeException e) {
                    // reported when the page that needs it is rendered
                }
            }
        }, "kb-templates");
        t.setDaemon(true);
        t.start();
    }

    public SiteConfig config() {
        return config;
    }

    /** Changes whenever a template or static file changes, so that every page is then rendered anew. */
    public long themeHash() {
        return themeHash;
    }

    /** The theme's static files, as pages under {@code static/}. */
    public List<RenderedPage> staticFiles() {
        return statics.entrySet().stream().map(e -> new RenderedPage("static/" + e.getKey(), e.getValue())).toList();
    }

    /**
     * Renders one page. {@code articles} gives the article of an article page (read when needed, so that a rebuild
     * reads only the articles whose pages changed).
     */
    public RenderedPage render(Page page, SitePlanner planner, Function<ArticleId, Article> articles) {
        try {
            if (page.template().equals("articles.json")) {
                return new RenderedPage(page.path(), json.writer()
                        .writeValueAsBytes(page.view().apply(articles)));
            }
            SiteView site = planner.site(page.path());
            Map<String, Object> data = new HashMap<>();
            data.put("site", site);
            Object view = page.view().apply(articles);
            data.put("page", view);
            if (page.isArticle()) {
                ArticleContext context = (ArticleContext) view;
                data.put("article", articleView(articles.apply(page.article()), context));
            }
            Template template = freemarker.getTemplate(page.template());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                template.process(data, out);
            }
            return new RenderedPage(page.path(), bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + page.path() + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template error rendering " + page.path() + ": " + e.getMessage(), e);
        }
    }

    private static ArticleView articleView(Article a, ArticleContext c) {
        Function<ArticleId, Span> link = id -> c.links().getOrDefault(id, new Span("missing", "", "", "not in this archive"));
        return new ArticleView(
                a.id().value(),
                a.title(),
                c.products(),
                a.versions().written(),
                a.operatingSystems(),
                a.modified().written(),
                a.modified().date() == null ? "" : a.modified().date().toString(),
                a.footer().issueType(),
                a.footer().solutionType(),
                c.keywords(),
                a.appliesTo(),
                BodyViews.sections(a.sections(), link),
                c.citedBy(),
                c.related(),
                c.breadcrumb(),
                c.previous(),
                c.next());
    }
}
