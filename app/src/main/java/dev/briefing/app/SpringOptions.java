package dev.briefing.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every command shares: the database file, and any Spring property as {@code --name=value}
 * (a server database can replace H2 with {@code --spring.datasource.url=...}). The command line
 * collects arguments it does not know; anything among them that is not {@code --name=value} is
 * refused as a usage error.
 */
class SpringOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file for job state (default: ./data/briefing, i.e. ./data/briefing.mv.db)")
    Path db;

    /** Starts the application context with these options and the given properties; the caller closes it. */
    BriefingContext start(String... properties) {
        List<String> args = new ArrayList<>(List.of(properties));
        for (String property : spec.commandLine().getUnmatchedArguments()) {
            if (!property.startsWith("--") || !property.contains("=")) {
                throw new ParameterException(spec.commandLine(), "Unknown option or argument: " + property);
            }
            args.add(property);
        }
        if (db != null) {
            args.add("--briefing.db=" + db.toAbsolutePath().normalize());
        }
        return new BriefingContext(new SpringApplicationBuilder(BriefingApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new)));
    }
}
