/**
 * The Boot application and its command line.
 *
 * <p>picocli parses the command first, so {@code --help} and usage errors answer at once; each
 * command then starts the Spring context it needs, with {@code --db} and any {@code --name=value}
 * Spring property applied, runs through the {@link org.springframework.batch.core.launch.JobOperator},
 * and closes the context. Starting the application never launches a job by itself.
 */
@NullMarked
package dev.briefing.app;

import org.jspecify.annotations.NullMarked;
