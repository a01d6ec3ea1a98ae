package cn.gov.wujin.yanghu.web;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What answers 503 "try again" rather than 500: the database out of reach, or this instance going down. */
class RefusalsTest {

    private static SQLException madeWhileConnecting(String message) {
        SQLException e = new SQLException(message);
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.sun.gjc.spi.base.AbstractDataSource", "getConnection", "AbstractDataSource.java", 101),
                new StackTraceElement("org.eclipse.persistence.sessions.JNDIConnector", "connect", "JNDIConnector.java", 138)});
        return e;
    }

    @Test
    void aConnectionThatCouldNotBeMadeOrWasLostIsUnavailable() {
        assertThat(Refusals.databaseUnavailable(new SQLException("refused", "08001"))).isTrue();
        assertThat(Refusals.databaseUnavailable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        // the promote drill: the pool pointed at the promoted server gave no connection, and said it without a state
        assertThat(Refusals.databaseUnavailable(new EJBException(new RuntimeException("Exception [EclipseLink-4002]",
                madeWhileConnecting("No password credential found"))))).isTrue();
    }

    @Test
    void anInstanceGoingDownIsUnavailable() {
        assertThat(Refusals.databaseUnavailable(new EJBException("Attempt to invoke when container is in STOPPED"))).isTrue();
        assertThat(Refusals.databaseUnavailable(new IllegalStateException("Attempting to execute an operation on a closed EntityManager.")))
                .isTrue();
    }

    @Test
    void aFailingStatementOrABugIsNot() {
        assertThat(Refusals.databaseUnavailable(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(Refusals.databaseUnavailable(new SQLException("No password credential found"))).as("not while connecting").isFalse();
        assertThat(Refusals.databaseUnavailable(new EJBException("something else"))).isFalse();
        assertThat(Refusals.databaseUnavailable(new IllegalStateException("no case"))).isFalse();
        assertThat(Refusals.databaseUnavailable(new NullPointerException())).isFalse();
    }
}
