package be.pfe.operations.domain.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rolling upgrades (docs/operations.md, "Upgrade"): while instances are replaced one at a time, the previous
 * version runs on the schema the new version migrated, so a migration may only EXPAND what exists (new tables,
 * nullable columns or columns with a default, indexes, views, constraints on new tables). Dropping, renaming,
 * retyping or tightening (NOT NULL) a column or table that the previous version uses is a CONTRACT step: it comes
 * in a later release, once no instance of the previous version runs, and its file says so on a line
 * {@code -- contract: <why the previous release no longer needs it>}.
 *
 * <p>Every migration after the baseline (the migrations written before this rule) is checked. The statement
 * checks are crude on purpose (comments and dollar-quoted bodies removed, statements split on semicolons): a
 * false alarm is answered with the contract marker and a reason, never by weakening the check.
 */
class MigrationsExpandOnlyTest {

    /** The last migration written before the rule: V70 tightened enrolment_transition.effective_on in place. */
    static final int BASELINE = 70;

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");
    private static final Pattern CREATED = Pattern.compile("create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([\\w.]+)");
    private static final Pattern ALTERED = Pattern.compile("^alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?([\\w.]+)\\s+(.*)$");
    private static final Pattern CONTRACT_MARK = Pattern.compile("(?im)^\\s*--\\s*contract:\\s*\\S+");

    @Test
    void everyMigrationAfterTheBaselineOnlyExpands() throws IOException {
        List<String> findings = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher version = VERSION.matcher(file.getFileName().toString());
                if (!version.matches() || Integer.parseInt(version.group(1)) <= BASELINE) {
                    continue;
                }
                checked++;
                String sql = Files.readString(file, StandardCharsets.UTF_8);
                if (CONTRACT_MARK.matcher(sql).find()) {
                    continue;
                }
                contractSteps(sql).forEach(step -> findings.add(file.getFileName() + ": " + step));
            }
        }
        assertTrue(checked > 0, "no migration after V" + BASELINE + " found in " + MIGRATIONS.toAbsolutePath());
        assertEquals(List.of(), findings, "contract steps in migrations the previous release must tolerate; "
                + "move them to a later release and mark the file '-- contract: <reason>'");
    }

    @Test
    void theCheckFindsContractSteps() {
        assertEquals(1, contractSteps("alter table course drop column retired_by;").size());
        assertEquals(1, contractSteps("ALTER TABLE course RENAME COLUMN title TO name;").size());
        assertEquals(1, contractSteps("alter table course rename to courses;").size());
        assertEquals(1, contractSteps("alter table course alter column code type varchar(10);").size());
        assertEquals(1, contractSteps("alter table course alter column retired_on set not null;").size());
        assertEquals(1, contractSteps("alter table course add column audience varchar(20) not null;").size());
        assertEquals(1, contractSteps("drop table course_session;").size());
        assertEquals(2, contractSteps("alter table course drop column a, add column b int not null;").size());
    }

    @Test
    void expandStepsPass() {
        assertEquals(List.of(), contractSteps("""
                -- a comment naming drop column does not count
                create table outbox (id bigint primary key, kind varchar(20) not null);
                alter table outbox add column sent_at timestamptz not null default now();
                alter table outbox alter column kind set not null;
                alter table course add column audience varchar(20);
                alter table course add column language varchar(2) not null default 'FR';
                create index concurrently course_audience on course (audience);
                create or replace function f() returns trigger as $$ begin drop table x; end $$ language plpgsql;
                alter table user_role drop constraint if exists user_role_check;
                drop index enrolment_open_per_session;
                """));
    }

    @Test
    void theBaselineItselfHeldAContractStep() throws IOException {
        // proof on the real history that the check bites: V70 set NOT NULL on an existing column in place
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Path v70 = files.filter(f -> f.getFileName().toString().startsWith("V70__")).findFirst().orElseThrow();
            assertFalse(contractSteps(Files.readString(v70)).isEmpty());
        }
    }

    /** The statements of {@code sql} that narrow or remove something existing (not created in the same script). */
    static List<String> contractSteps(String sql) {
        String text = sql.replaceAll("(?s)\\$(\\w*)\\$.*?\\$\\1\\$", "''")
                .replaceAll("--[^\\n]*", "")
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .toLowerCase(Locale.ROOT);
        Set<String> created = new HashSet<>();
        Matcher creation = CREATED.matcher(text);
        while (creation.find()) {
            created.add(creation.group(1));
        }
        List<String> steps = new ArrayList<>();
        for (String raw : text.split(";")) {
            String statement = raw.strip().replaceAll("\\s+", " ");
            if (statement.isEmpty()) {
                continue;
            }
            if (statement.matches("^drop (table|view|materialized view|sequence|type) .*")
                    && !created.contains(statement.replaceAll("^drop \\w+ (if exists )?([\\w.]+).*$", "$2"))) {
                steps.add(statement);
                continue;
            }
            Matcher alter = ALTERED.matcher(statement);
            if (!alter.matches() || created.contains(alter.group(1))) {
                continue;
            }
            if (alter.group(2).startsWith("rename ")) {
                steps.add(statement);
                continue;
            }
            for (String action : alter.group(2).split(",(?![^()]*\\))")) {
                String a = action.strip();
                boolean contract = a.matches("^drop (column )?(?!constraint)(if exists )?\\w+.*")
                        || a.matches("^alter (column )?\\w+ (set data )?type .*")
                        || a.matches("^alter (column )?\\w+ set not null.*")
                        || a.matches("^add (column )?(if not exists )?(?!constraint )\\w+ .*not null.*") && !a.contains(" default ")
                        || a.startsWith("rename ");
                if (contract) {
                    steps.add(statement);
                }
            }
        }
        return steps;
    }
}
