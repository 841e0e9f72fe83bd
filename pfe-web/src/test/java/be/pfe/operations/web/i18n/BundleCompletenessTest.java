package be.pfe.operations.web.i18n;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.calendar.ClosureKind;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.PublicHoliday;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.SeatKind;
import be.pfe.operations.domain.enrolment.WaitlistPriority;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.partner.PartnerKind;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.conflict.ConflictKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's check that no text is missing in one language: the French, Dutch and English bundles hold the
 * same keys, and every key the code and the pages use is in them.
 */
class BundleCompletenessTest {

    private static final List<String> LANGUAGES = List.of("fr", "nl", "en");
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private static Set<String> keys(String bundle, String language) {
        Properties properties = new Properties();
        String resource = "/i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing bundle " + resource);
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.forEach((key, value) -> assertTrue(!value.toString().isBlank(),
                resource + ": empty text for " + key));
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyLanguageHasTheSameKeys() {
        for (String bundle : List.of("messages", "faces")) {
            Set<String> french = keys(bundle, "fr");
            for (String language : LANGUAGES) {
                Set<String> other = keys(bundle, language);
                Set<String> missing = new TreeSet<>(french);
                missing.removeAll(other);
                Set<String> extra = new TreeSet<>(other);
                extra.removeAll(french);
                assertEquals(Set.of(), missing, bundle + "_" + language + " lacks keys that French has");
                assertEquals(Set.of(), extra, bundle + "_" + language + " has keys that French lacks");
            }
        }
    }

    @Test
    void everyRefusalTheCodeCanRaiseHasAText() {
        Pattern raised = Pattern.compile("(?:Exception|parameter)\\(\\s*\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
        assertKeysPresent(usedKeys("glob:**/src/main/java/**.java", raised), "Java code");
    }

    @Test
    void everyTextThePagesUseExists() {
        Pattern used = Pattern.compile("msg\\['([^'\\]]+)'\\]");
        Set<String> keys = usedKeys("glob:**/src/main/webapp/**.xhtml", used);
        keys.removeIf(key -> key.endsWith("."));   // prefixes of enum keys, checked below
        assertKeysPresent(keys, "pages");
    }

    @Test
    void everyEnumValueShownHasAText() {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.of(Language.class, SessionStatus.class, RoomType.class,
                Sector.class, PartnerKind.class, PublicHoliday.class, ClosureKind.class, MeetingStatus.class,
                ConflictKind.class, be.pfe.operations.scheduling.conflict.ConflictMode.class, java.time.DayOfWeek.class,
                EnrolmentStatus.class, EntryStatus.class, EducationLevel.class, TargetGroup.class,
                WaitlistPriority.class, SeatKind.class, AttendanceMark.class,
                be.pfe.operations.domain.access.Role.class, be.pfe.operations.domain.access.Access.class,
                be.pfe.operations.scheduling.imports.RowOutcome.class,
                be.pfe.operations.reporting.occupancy.OccupancyDimension.class,
                be.pfe.operations.domain.plan.Indicator.class,
                be.pfe.operations.domain.placement.PlacementType.class,
                be.pfe.operations.domain.placement.PlacementStatus.class,
                be.pfe.operations.domain.placement.PlacementOutcome.class,
                be.pfe.operations.domain.screening.Recommendation.class,
                be.pfe.operations.domain.company.RecruitmentStatus.class,
                be.pfe.operations.reporting.yearly.YearlyLine.class,
                be.pfe.operations.reporting.yearly.YearlyDimension.class,
                be.pfe.operations.reporting.targets.TargetStatus.class,
                be.pfe.operations.domain.course.CourseKind.class,
                be.pfe.operations.domain.validation.ValidationResult.class,
                be.pfe.operations.domain.privacy.RetainedRecordKind.class,
                be.pfe.operations.domain.plan.PlanStatus.class, be.pfe.operations.domain.plan.PlanStep.class,
                be.pfe.operations.domain.plan.PlanSection.class, be.pfe.operations.domain.plan.Pillar.class,
                be.pfe.operations.domain.plan.AssessmentKind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(type.getSimpleName() + "." + value.name());
            }
        }
        for (ConflictKind kind : ConflictKind.values()) {
            keys.add(kind.messageKey());
        }
        for (WaitlistPriority priority : WaitlistPriority.values()) {
            for (SeatKind seat : SeatKind.values()) {
                keys.add("enrolment.promoted." + priority + "." + seat);
            }
        }
        assertKeysPresent(keys, "enums");
    }

    private static void assertKeysPresent(Set<String> used, String where) {
        assertTrue(used.size() > 5, "the scan of " + where + " found too few keys: " + used);
        for (String language : LANGUAGES) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys("messages", language));
            assertEquals(Set.of(), missing, "keys used by the " + where + " but missing in messages_" + language);
        }
    }

    private static Set<String> usedKeys(String glob, Pattern pattern) {
        var matcher = REPOSITORY.getFileSystem().getPathMatcher(glob);
        Set<String> keys = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(REPOSITORY)) {
            walk.filter(path -> !path.toString().contains("/target/") && matcher.matches(path)).forEach(files::add);
            for (Path file : files) {
                Matcher found = pattern.matcher(Files.readString(file));
                while (found.find()) {
                    keys.add(found.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
