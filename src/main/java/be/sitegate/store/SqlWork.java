package be.sitegate.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run inside one transaction (or one read) on a connection the database lends. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
