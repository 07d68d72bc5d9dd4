package dev.briefing.config;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;

/**
 * The broker's connection factory, with the broker's URL in every failure to connect: Artemis says
 * only "AMQ219007: Cannot connect to server(s)", and the operator of a failed run needs to know
 * which broker it could not reach.
 */
final class NamedBrokerConnectionFactory implements ConnectionFactory {

    private final String url;

    private final ConnectionFactory broker;

    NamedBrokerConnectionFactory(String url, ConnectionFactory broker) {
        this.url = url;
        this.broker = broker;
    }

    @Override
    public Connection createConnection() throws JMSException {
        try {
            return broker.createConnection();
        }
        catch (JMSException ex) {
            throw named(ex);
        }
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        try {
            return broker.createConnection(userName, password);
        }
        catch (JMSException ex) {
            throw named(ex);
        }
    }

    @Override
    public JMSContext createContext() {
        try {
            return broker.createContext();
        }
        catch (JMSRuntimeException ex) {
            throw new JMSRuntimeException(message(ex), ex.getErrorCode(), ex);
        }
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return broker.createContext(userName, password);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        return broker.createContext(userName, password, sessionMode);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        return broker.createContext(sessionMode);
    }

    /** The failure with the URL in its message; the original is its linked exception, not its cause,
     *  so that the innermost message a one-line report tells is this one. */
    private JMSException named(JMSException ex) {
        JMSException named = new JMSException(message(ex), ex.getErrorCode());
        named.setLinkedException(ex);
        return named;
    }

    private String message(Exception ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "Cannot connect to the broker " + url + ": " + (root.getMessage() == null ? ex.getMessage()
                : root.getMessage());
    }
}
