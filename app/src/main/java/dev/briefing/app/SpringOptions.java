package dev.briefing.app;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.briefing.config.DamagedDatabaseException;
import dev.briefing.config.H2DatabaseFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger log = LoggerFactory.getLogger(SpringOptions.class);

    private static final String DATASOURCE_URL = "--spring.datasource.url=";

    private static final String BRIEFING_DB = "--briefing.db=";

    private static final String DEFAULT_DB = "./data/briefing";

    /** How many times a command tries to open a database another process is taking over. */
    private static final int TAKEOVER_ATTEMPTS = 5;

    /** How long it waits between two tries: H2 takes a lock over after two seconds without change. */
    private static final Duration TAKEOVER_PAUSE = Duration.ofSeconds(2);

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file for job state (default: ./data/briefing, i.e. ./data/briefing.mv.db)")
    Path db;

    /** Starts the application context with these options and the given properties; the caller closes it. */
    BriefingContext start(String... properties) {
        return start(false, properties);
    }

    /**
     * Starts the application context for a command that reads what runs left (status, restart): a
     * database file that does not exist is refused rather than created.
     */
    BriefingContext startExisting(String... properties) {
        return start(true, properties);
    }

    private BriefingContext start(boolean requireExisting, String... properties) {
        List<String> args = new ArrayList<>(List.of(properties));
        args.addAll(checkedProperties());
        if (db != null) {
            args.add(BRIEFING_DB + db.toAbsolutePath().normalize());
        }
        Optional<H2DatabaseFiles> h2 = h2Files(args);
        if (requireExisting) {
            h2.ifPresent(SpringOptions::requireExisting);
        }
        h2.ifPresent(SpringOptions::createDirectory);
        for (int attempt = 1; ; attempt++) {
            try {
                return new BriefingContext(new SpringApplicationBuilder(BriefingApplication.class)
                        .web(WebApplicationType.NONE)
                        .logStartupInfo(false)
                        .registerShutdownHook(false)
                        .listeners(new LogFailureReporter(System.err))
                        .run(args.toArray(String[]::new)));
            }
            catch (RuntimeException ex) {
                if (attempt >= TAKEOVER_ATTEMPTS || !H2Failures.takenOverMeanwhile(ex)) {
                    throw refusalOrItself(ex, args);
                }
                log.info("Another process is taking the database over (attempt {}): {}", attempt,
                        OneLineErrorHandler.rootMessage(ex));
                pauseForTakeover();
            }
        }
    }

    private static void pauseForTakeover() {
        try {
            Thread.sleep(TAKEOVER_PAUSE.toMillis());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while another process took the database over", interrupted);
        }
    }

    /** The arguments the command did not recognise, all of them properties Briefing knows. */
    private List<String> checkedProperties() {
        List<String> unmatched = spec.commandLine().getUnmatchedArguments();
        String problem = UnmatchedArguments.problem(spec, unmatched);
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        return unmatched;
    }

    /** Creates the database's directory, refusing the command when it cannot be created. */
    private static void createDirectory(H2DatabaseFiles files) {
        try {
            files.createDirectory();
        }
        catch (UncheckedIOException ex) {
            throw new BriefingRefusedException("Cannot create the directory of the database " + files.db() + ": "
                    + OneLineErrorHandler.rootMessage(ex), ex);
        }
    }

    private static void requireExisting(H2DatabaseFiles files) {
        if (!files.exists() && !Files.exists(files.checksum())) {
            throw new BriefingRefusedException("There is no briefing database at " + files.store()
                    + " (no run has used --db " + files.db() + ")");
        }
    }

    /**
     * A damaged or unreachable database, as the refusal it is; a database whose serving process ended
     * during start-up, as that; any other failure as it is.
     */
    private RuntimeException refusalOrItself(RuntimeException ex, List<String> args) {
        DamagedDatabaseException damaged = OneLineErrorHandler.cause(ex, DamagedDatabaseException.class);
        if (damaged != null) {
            return new BriefingRefusedException(damaged.getMessage(), ex);
        }
        if (H2Failures.serverGone(ex) != null) {
            return new ServerEndedBeforeRunException(ex);
        }
        Optional<H2DatabaseFiles> h2 = h2Files(args);
        String damage = H2Failures.damage(ex);
        if (h2.isPresent() && damage != null) {
            return new BriefingRefusedException(new DamagedDatabaseException(h2.get(), damage).getMessage(), ex);
        }
        if (OneLineErrorHandler.cause(ex, CannotGetJdbcConnectionException.class) != null) {
            return new BriefingRefusedException("Cannot connect to the database " + databaseUrl(args) + ": "
                    + OneLineErrorHandler.rootMessage(ex), ex);
        }
        return ex;
    }

    /** The H2 file database the arguments name, unless they name another database. */
    private Optional<H2DatabaseFiles> h2Files(List<String> args) {
        if (args.stream().anyMatch(arg -> arg.startsWith(DATASOURCE_URL))) {
            return H2DatabaseFiles.ofUrl(databaseUrl(args));
        }
        return Optional.of(new H2DatabaseFiles(Path.of(args.stream().filter(arg -> arg.startsWith(BRIEFING_DB))
                .map(arg -> arg.substring(BRIEFING_DB.length())).reduce((first, last) -> last).orElse(DEFAULT_DB))));
    }

    /** The job repository's database as the arguments give it, or the H2 file it defaults to. */
    private String databaseUrl(List<String> args) {
        return args.stream().filter(arg -> arg.startsWith(DATASOURCE_URL)).map(arg -> arg.substring(DATASOURCE_URL.length()))
                .reduce((first, last) -> last)
                .orElse("jdbc:h2:file:" + (db == null ? DEFAULT_DB : db.toAbsolutePath().normalize()));
    }
}
