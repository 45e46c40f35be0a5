package kb.render;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.TypeNames;
import kb.model.io.Fingerprint;
import kb.render.site.ArticleItems;
import kb.render.site.BodyViews;
import kb.render.site.Page;
import kb.render.site.PageFingerprint;
import kb.render.site.SiteConfig;
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
    private static final List<String> TEMPLATES = List.of(
            "layout.ftlh",
            "home.ftlh",
            "article.ftlh",
            "list.ftlh",
            "search.ftlh",
            "404.ftlh",
            "feed.ftlx",
            "sitemap.ftlx",
            "sitemap-index.ftlx",
            "robots.ftl",
            "redirect.ftlh");

    private final SiteConfig config;
    private final Configuration freemarker;
    private final Map<String, byte[]> statics;
    /** Each page template's fingerprint, with the templates it uses. */
    private final Map<String, Long> templates = new HashMap<>();
    /** Each template's text, read once while the fingerprints above are made. */
    private final Map<String, Optional<String>> sources = new HashMap<>();

    /**
     * The last few configurations made, by theme and the fingerprint of its templates' texts: a renderer of the same
     * templates (kb serve's next build) takes their templates as already parsed.
     */
    private static final Map<List<Object>, Configuration> PARSED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Configuration> eldest) {
            return size() > 4;
        }
    };

    public SiteRenderer(SiteConfig config) {
        this.config = config;
        this.statics = statics(config);
        for (String name : TEMPLATES) {
            templates.put(name, templateFingerprint(name, new HashSet<>()));
        }
        List<Object> key = List.of(config.theme().map(Path::toString).orElse(""), templatesFingerprint());
        synchronized (PARSED) {
            this.freemarker = PARSED.computeIfAbsent(key, k -> freemarker(config));
        }
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
            if (config.theme().isPresent()
                    && Files.isDirectory(config.theme().get().resolve("templates"))) {
                loaders.add(new FileTemplateLoader(
                        config.theme().get().resolve("templates").toFile()));
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

    /**
     * The built-in theme as a theme folder holds it: each template under {@code templates/} and each static file
     * under {@code static/}, by path, in that order.
     */
    public static Map<String, byte[]> builtInTheme() {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        TEMPLATES.forEach(name -> out.put("templates/" + name, resource("/kb/templates/" + name)));
        STATIC.forEach(name -> out.put("static/" + name, resource("/kb/static/" + name)));
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

    /**
     * The version of how pages' data is made from articles (the views): a kb that shows something differently from
     * the same article (issue types in words) changes it, so that a build by the new kb renders every page again.
     */
    private static final int VIEWS = 3;

    /** A template's own name ({@code <#import "layout.ftlh" as l>}, {@code [#include "x.ftl"]}). */
    private static final Pattern USES = Pattern.compile("[<\\[]#(?:import|include)\\s+(\"[^\"]*\"|'[^']*')?");

    /**
     * The fingerprint of a template as a page renders it: its text and the texts of the templates it imports or
     * includes, by name, and theirs in turn. A template that names another by an expression depends on every template.
     */
    private long templateFingerprint(String name, Set<String> seen) {
        String source = sources.computeIfAbsent(name, this::templateSource).orElse("");
        Fingerprint h = Fingerprint.start().add(VIEWS).add(name).add(Fingerprint.of(source));
        if (!seen.add(name)) {
            return h.value();
        }
        Matcher m = USES.matcher(source);
        while (m.find()) {
            if (m.group(1) == null) {
                for (String other : allTemplates()) {
                    h.add(Fingerprint.of(other))
                            .add(Fingerprint.of(sources.computeIfAbsent(other, this::templateSource)
                                    .orElse("")));
                }
            } else {
                String used = m.group(1).substring(1, m.group(1).length() - 1).replaceFirst("^/+", "");
                h.add(templateFingerprint(used, seen));
            }
        }
        return h.value();
    }

    /** Every template by name: the built-in ones and the theme's own. */
    private Set<String> allTemplates() {
        Set<String> names = new TreeSet<>(TEMPLATES);
        Path dir = config.theme().map(t -> t.resolve("templates")).orElse(null);
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> names.add(dir.relativize(f).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the theme's templates: " + e.getMessage(), e);
            }
        }
        return names;
    }

    /** A template's text as the theme has it (the theme's own file, else the built-in one), without parsing it. */
    private Optional<String> templateSource(String name) {
        try {
            Optional<Path> own = ownTemplate(name);
            if (own.isPresent()) {
                return Optional.of(Files.readString(own.get()));
            }
            try (InputStream in = SiteRenderer.class.getResourceAsStream("/kb/templates/" + name)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + name + ": " + e.getMessage(), e);
        }
    }

    /** Parses every template now, so that the first pages to render do not wait for it. */
    public void prepare() {
        for (String name : TEMPLATES) {
            try {
                freemarker.getTemplate(name);
            } catch (IOException | RuntimeException e) {
                // reported when the page that needs it is rendered
            }
        }
    }

    public SiteConfig config() {
        return config;
    }

    /**
     * A page's fingerprint: of its record, and of the template that renders it with the templates that one uses, so
     * that a change to a template renders again the pages it makes, and only those.
     */
    public long fingerprint(Page page) {
        // The code that renders is part of every page's fingerprint: a page made by another version of kb is made
        // again.
        return PageFingerprint.of(
                switch (page) {
                    case Page.ListPage l when l.madeFrom() != 0 -> l.unmade();
                    case Page.ManifestPage m -> m.unmade();
                    default -> page;
                },
                Fingerprint.start()
                        .add(RenderingCode.fingerprint())
                        .add(templates.getOrDefault(template(page), 0L))
                        .value());
    }

    /** A fingerprint of every page template with the templates it uses: what a change of the theme changes. */
    public long templatesFingerprint() {
        Fingerprint h = Fingerprint.start();
        new TreeMap<>(templates).forEach((name, f) -> h.add(name).add(f));
        return h.value();
    }

    /** The template that renders a page, or none for a page written as JSON. */
    private static String template(Page page) {
        return switch (page) {
            case Page.ArticlePage p -> "article.ftlh";
            case Page.HomePage p -> "home.ftlh";
            case Page.ListPage p -> "list.ftlh";
            case Page.SearchPage p -> "search.ftlh";
            case Page.NotFoundPage p -> "404.ftlh";
            case Page.FeedPage p -> "feed.ftlx";
            case Page.SitemapPage p -> "sitemap.ftlx";
            case Page.SitemapIndexPage p -> "sitemap-index.ftlx";
            case Page.RobotsPage p -> "robots.ftl";
            case Page.ManifestPage p -> "";
            case Page.AssetFile p -> "";
            case Page.RedirectPage p -> "redirect.ftlh";
        };
    }

    /** The theme's static files, as pages under {@code static/}. */
    public List<RenderedPage> staticFiles() {
        return statics.entrySet().stream()
                .map(e -> new RenderedPage("static/" + e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Renders one page. {@code articles} gives the articles the page shows (read when needed, so that a rebuild reads
     * only the articles whose pages changed); empty when one of them cannot be read, and the page is then not made.
     */
    public Optional<RenderedPage> render(Page page, Function<ArticleId, Optional<Article>> articles) {
        return switch (page) {
            case Page.ArticlePage p ->
                articles.apply(p.article().id())
                        .map(a -> process(p, p.site(), p.context(), articleView(a, p.context())));
            case Page.HomePage p -> Optional.of(process(p, p.site(), p.view(), null));
            case Page.ListPage p -> Optional.of(process(p, p.site(), p.view(), null));
            case Page.SearchPage p -> Optional.of(process(p, p.site(), p, null));
            case Page.NotFoundPage p -> Optional.of(process(p, p.site(), p, null));
            case Page.FeedPage p -> Optional.of(process(p, p.site(), p.view(), null));
            case Page.SitemapPage p -> Optional.of(process(p, p.site(), p.view(), null));
            case Page.SitemapIndexPage p -> Optional.of(process(p, p.site(), p.view(), null));
            case Page.RobotsPage p -> Optional.of(process(p, p.site(), p, null));
            case Page.ManifestPage p ->
                Optional.of(
                        new RenderedPage(p.path(), ArticleItems.of(p.articles()).json()));
            case Page.AssetFile p -> asset(p);
            case Page.RedirectPage p -> Optional.of(process(p, p.site(), p, null));
        };
    }

    /** A published file's bytes; empty when it can no longer be read (the next build sees it as it is then). */
    private static Optional<RenderedPage> asset(Page.AssetFile p) {
        try {
            return Optional.of(new RenderedPage(p.path(), Files.readAllBytes(Path.of(p.file()))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A page through its template, which is given the site, the page's view and, on an article page, the article. */
    private RenderedPage process(Page page, SiteView site, Object view, ArticleView article) {
        String name = template(page);
        Map<String, Object> data = new HashMap<>();
        data.put("site", site);
        data.put("page", view);
        if (article != null) {
            data.put("article", article);
        }
        try {
            Template template = freemarker.getTemplate(name);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            try (Writer out = new CleanWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
                template.process(data, out);
            }
            return new RenderedPage(page.path(), bytes.toByteArray());
        } catch (IOException e) {
            Optional<String> where = templateProblem(e);
            if (where.isPresent()) {
                throw new IllegalStateException(where.get() + " (rendering " + page.path() + ")", e);
            }
            throw new UncheckedIOException("cannot render " + page.path() + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException(
                    where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + ": template error: "
                            + firstParagraph(e.getMessageWithoutStackTop()) + " (rendering " + page.path() + ")",
                    e);
        }
    }

    /**
     * A template that does not parse, as {@code FILE:LINE:COLUMN: message}: FreeMarker reports a template it failed to
     * load before as failed "on an earlier attempt", with the parse error as its cause.
     */
    private Optional<String> templateProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof freemarker.core.ParseException p) {
                return Optional.of(where(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber())
                        + ": template syntax error: " + firstParagraph(p.getEditorMessage()));
            }
        }
        return Optional.empty();
    }

    /** FreeMarker's message up to its first blank line or tips, on one line. */
    private static String firstParagraph(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : message.lines().toList()) {
            if (line.isBlank() || line.startsWith("----")) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(line.strip());
        }
        return out.toString();
    }

    /** Where in a template: the theme's file when it has one, else the built-in template's name. */
    private String where(String template, Integer line, Integer column) {
        String file = template == null
                ? "template"
                : ownTemplate(template).map(Path::toString).orElse("built-in template " + template);
        return file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column));
    }

    /** The theme's own file for a template, when the theme has one. */
    private Optional<Path> ownTemplate(String name) {
        return config.theme().map(t -> t.resolve("templates").resolve(name)).filter(Files::isRegularFile);
    }

    private ArticleView articleView(Article a, Page.ArticleContext c) {
        BodyViews body = new BodyViews(
                id -> c.links().getOrDefault(id, Span.missing()),
                c.files()::get,
                a.source().path(),
                config.ids());
        return new ArticleView(
                a.id().value(),
                a.title(),
                c.products(),
                a.versions().written(),
                a.operatingSystems(),
                a.modified().written(),
                a.modified().date() == null ? "" : a.modified().date().toString(),
                TypeNames.of(a.footer().issueType()),
                TypeNames.of(a.footer().solutionType()),
                c.keywords(),
                a.appliesTo(),
                body.sections(a.sections()),
                c.citedBy(),
                c.related(),
                c.breadcrumb(),
                c.previous(),
                c.next(),
                a.authoring().author(),
                a.authoring().summary(),
                a.authoring().draft());
    }
}
