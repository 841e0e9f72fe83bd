package be.pfe.operations.testing;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tests' reset empties every table of the schema but the kept ones, which keep what the migrations wrote. */
class TestDatabaseResetTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();

    @Test
    void emptiesEveryTableButTheKeptOnes() throws SQLException {
        DATABASE.execute("insert into course (code, title_fr, sector, duration_hours, providing_partner_id)"
                + " select 'RESET-01', 'Remise à zéro', 'ICT', 10, min(id) from partner_organisation");
        assertTrue(DATABASE.count("course") >= 1);
        DATABASE.deleteOperationalData();

        List<String> notEmpty = new ArrayList<>();
        for (String table : tables()) {
            if (!TestDatabase.KEPT.contains(table) && DATABASE.count(table) > 0) {
                notEmpty.add(table);
            }
        }
        assertEquals(List.of(), notEmpty);
        assertEquals(4, DATABASE.count("centre"), "the reference data stays");
        assertTrue(DATABASE.count("partner_organisation") > 0);
        assertTrue(DATABASE.count("flyway_schema_history") > 0);
    }

    private static List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection();
             var result = connection.createStatement().executeQuery(
                     "select tablename from pg_catalog.pg_tables where schemaname = current_schema()")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }
}
