package be.sitegate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A migration script is split into statements; a trigger's body keeps its own semicolons. */
class MigrationStatementsTest {

    @Test
    void aTriggerIsOneStatementUpToItsEnd() {
        List<String> statements = Migrations.statements("""
                -- a comment
                CREATE TABLE t (n INTEGER);
                CREATE TRIGGER t_insert AFTER INSERT ON t
                BEGIN
                    UPDATE t SET n = n + 1;
                    UPDATE t SET n = n - 1;
                END;
                INSERT INTO t VALUES (1);
                """);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;").contains("n = n - 1;");
        assertThat(statements.get(2)).isEqualTo("INSERT INTO t VALUES (1);");
    }
}
