package dev.briefing.config;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The job repository's database as {@code spring.datasource.*} gives it; for an H2 file database
 * with no password given, with the password kept beside it ({@link H2Credentials}), and checked for
 * damage before anything opens it ({@link H2StoreIntegrity}). A password the operator gives wins.
 */
class H2ConnectionDetails implements JdbcConnectionDetails {

    private final String url;

    private final @Nullable String username;

    private final @Nullable String password;

    private final @Nullable String driverClassName;

    H2ConnectionDetails(DataSourceProperties properties) {
        this.url = properties.determineUrl();
        this.username = properties.determineUsername();
        this.driverClassName = properties.determineDriverClassName();
        this.password = H2DatabaseFiles.ofUrl(url).filter(files -> properties.getPassword() == null)
                .map(files -> {
                    H2StoreIntegrity.verifyBeforeOpening(files);
                    return H2Credentials.password(files, url, username == null ? "sa" : username);
                })
                .orElseGet(properties::determinePassword);
    }

    @Override
    public @Nullable String getUsername() {
        return username;
    }

    @Override
    public @Nullable String getPassword() {
        return password;
    }

    @Override
    public String getJdbcUrl() {
        return url;
    }

    @Override
    public @Nullable String getDriverClassName() {
        return driverClassName;
    }
}
