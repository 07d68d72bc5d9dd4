package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Which start-up failures let a run be started once more. */
class ServerEndedBeforeRunExceptionTests {

    @Test
    void aConnectionThatDiedWithTheServingProcessLetsTheRunStartAgain() {
        var failure = new DataAccessResourceFailureException("getLastJobExecution", new SQLException(
                "Database is already closed [90121-240]", "90121", 90121));

        assertThat(ServerEndedBeforeRunException.orItself(failure)).isInstanceOf(ServerEndedBeforeRunException.class)
                .hasCause(failure).hasMessageContaining("ended before this run started");
    }

    @Test
    void aBrokenConnectionToTheServerLetsTheRunStartAgain() {
        var failure = new IllegalStateException(new SQLException("Connection is broken [90067-240]", "90067", 90067));

        assertThat(ServerEndedBeforeRunException.orItself(failure)).isInstanceOf(ServerEndedBeforeRunException.class);
    }

    @Test
    void anyOtherDatabaseFailureStaysWhatItIs() {
        var failure = new DataAccessResourceFailureException("insert", new SQLException("Table not found [42102-240]",
                "42S02", 42102));

        assertThat(ServerEndedBeforeRunException.orItself(failure)).isSameAs(failure);
    }
}
