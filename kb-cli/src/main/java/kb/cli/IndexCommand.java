package kb.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.cli.config.ConfigDefaults;
import kb.cli.config.ProjectConfig;
import kb.model.build.SiteLayout;
import kb.render.site.SiteConfig;
import kb.render.view.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kb index [CONTENT] --out SITE}: the search index alone, without rendering pages. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the search index of the articles under CONTENT (default: content), as kb build does, without"
                    + " rendering pages.",
            "kb search and kb eval then use it with --site SITE."
        })
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption settings;

    @Mixin
    ContentOptions contentOptions;

    @Mixin
    SiteOptions site;

    @Override
    public Integer call() throws Exception {
        SiteBuild.Builder build = site.build(spec.commandLine())
                .format(contentOptions.format)
                .config(SiteConfig.defaults()
                        .withIds(ConfigDefaults.ids(spec.commandLine()))
                        .withProducts(ConfigDefaults.of(spec.commandLine())
                                .map(ProjectConfig::products)
                                .orElse(Map.of())));
        Optional<BuildReport> report = SiteOptions.run(build, spec.commandLine(), true);
        if (report.isEmpty()) {
            return ExitCodes.USAGE;
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Indexed %s of %s into %s (%s), in %.1f s%n",
                        Count.of(report.get().articles(), "article"),
                        site.content,
                        SiteLayout.of(site.out).index(),
                        Count.of(report.get().errors(), "error"),
                        report.get().seconds());
        return report.get().errors() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
