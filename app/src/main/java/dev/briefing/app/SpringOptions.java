package dev.briefing.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every command shares: the database file, and any Spring property as {@code --name=value}
 * (a server database can replace H2 with {@code --spring.datasource.url=...}). The command line
 * collects arguments it does not know; anything among them that is not a {@code --name=value}
 * property Briefing knows is refused as a usage error ({@link UnmatchedArguments}).
 */
class SpringOptions {

    private static final String DATASOURCE_URL = "--spring.datasource.url=";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file for job state (default: ./data/briefing, i.e. ./data/briefing.mv.db)")
    Path db;

    /** Starts the application context with these options and the given properties; the caller closes it. */
    BriefingContext start(String... properties) {
        List<String> args = new ArrayList<>(List.of(properties));
        List<String> unmatched = spec.commandLine().getUnmatchedArguments();
        String problem = UnmatchedArguments.problem(spec, unmatched);
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        args.addAll(unmatched);
        if (db != null) {
            args.add("--briefing.db=" + db.toAbsolutePath().normalize());
        }
        try {
            return new BriefingContext(new SpringApplicationBuilder(BriefingApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .registerShutdownHook(false)
                    .run(args.toArray(String[]::new)));
        }
        catch (RuntimeException ex) {
            if (OneLineErrorHandler.causedBy(ex, CannotGetJdbcConnectionException.class)) {
                throw new BriefingRefusedException("Cannot connect to the database " + databaseUrl(args) + ": "
                        + OneLineErrorHandler.rootMessage(ex), ex);
            }
            throw ex;
        }
    }

    /** The job repository's database as the arguments give it, or the H2 file it defaults to. */
    private String databaseUrl(List<String> args) {
        return args.stream().filter(arg -> arg.startsWith(DATASOURCE_URL)).map(arg -> arg.substring(DATASOURCE_URL.length()))
                .reduce((first, last) -> last)
                .orElse("jdbc:h2:file:" + (db == null ? "./data/briefing" : db.toAbsolutePath().normalize()));
    }
}
