package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.learner.LearnerInput;
import be.pfe.operations.web.session.SessionInput;
import be.pfe.operations.web.session.WeeklyPatternInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The check of a JSON body against the type it is bound to, without a server. */
class StrictBodiesTest {

    private record Months(Map<String, Integer> months) {
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static void check(String body, Type type) {
        StrictBodies.check(json(body), type, "");
    }

    private static BusinessRuleException refusal(String body, Type type) {
        return assertThrows(BusinessRuleException.class, () -> check(body, type));
    }

    private static String session(String seats) {
        return "{\"centre\":\"DIGITALCITY\",\"startDate\":\"2031-10-10\",\"endDate\":\"2031-10-20\",\"seatCapacity\":"
                + seats + ",\"teachingLanguage\":\"FR\"}";
    }

    @Test
    void acceptsAWellTypedBody() {
        check(session("12"), SessionInput.class);
        check(session("null"), SessionInput.class);
        check("{\"familyName\":\"Nuñez\",\"givenName\":\"Zoë\",\"birthDate\":\"1985-07-30\",\"language\":\"NL\"}",
                LearnerInput.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967304", "2147483648", "-2147483649", "12.5", "12.0", "1e3", "\"12\"", "true",
            "[12]", "{}"})
    void refusesWhatIsNotAnIntInRange(String seats) {
        BusinessRuleException refused = refusal(session(seats), SessionInput.class);
        assertEquals("input.wholeNumber", refused.messageKey());
        assertEquals("seatCapacity", refused.field());
        assertArrayEquals(new Object[] {"seatCapacity", "-2147483648", "2147483647"}, refused.arguments());
    }

    @Test
    void refusesAnUnknownChoiceListingTheValues() {
        BusinessRuleException refused = refusal("{\"teachingLanguage\":\"fr\"}", SessionInput.class);
        assertEquals("input.choice", refused.messageKey());
        assertArrayEquals(new Object[] {"teachingLanguage", "FR, NL, EN"}, refused.arguments());
    }

    @Test
    void namesANestedValueByItsPath() {
        BusinessRuleException refused = refusal(
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\"},{\"day\":\"FUNDAY\"}]}", WeeklyPatternInput.class);
        assertEquals("slots[1].day", refused.field());
    }

    @Test
    void datesAreWithinTheWindowButABirthDateHasItsOwnRule() {
        assertEquals("date.outsideWindow",
                refusal("{\"endDate\":\"+99999-01-01\"}", SessionInput.class).messageKey());
        assertEquals("date.outsideWindow", refusal("{\"startDate\":\"1999-12-31\"}", SessionInput.class).messageKey());
        assertEquals("input.date", refusal("{\"startDate\":\"2031-02-30\"}", SessionInput.class).messageKey());
        assertEquals("input.date", refusal("{\"startDate\":20311010}", SessionInput.class).messageKey());
        check("{\"birthDate\":\"1950-01-01\"}", LearnerInput.class);
    }

    @Test
    void everyStringIsReadableText() {
        assertEquals("input.text.control", refusal("{\"familyName\":\"Du\\u0000bois\"}", LearnerInput.class).messageKey());
        assertEquals("input.text.surrogate", refusal("{\"givenName\":\"\\ud800\"}", LearnerInput.class).messageKey());
        assertEquals("input.text.bidi", refusal("{\"email\":\"a\\u202e@b.be\"}", LearnerInput.class).messageKey());
        assertEquals("input.text.expected", refusal("{\"familyName\":12}", LearnerInput.class).messageKey());
        // a value of no known type, and map keys, are checked too
        assertEquals("input.text.invisible", refusal("{\"x\":[\"\\u200b\"]}", Object.class).messageKey());
        Type months = Months.class.getRecordComponents()[0].getGenericType();
        assertEquals("input.text.control", refusal("{\"LEARNER\\u0007\":12}", months).messageKey());
        BusinessRuleException wrapped = refusal("{\"LEARNER\":4294967304}", months);
        assertEquals("LEARNER", wrapped.field());
    }

    @Test
    void booleansAreBooleans() {
        record Flag(boolean on, List<Boolean> more) {
        }
        check("{\"on\":true,\"more\":[false,null]}", Flag.class);
        assertEquals("input.boolean", refusal("{\"on\":\"true\"}", Flag.class).messageKey());
        assertEquals("more[0]", refusal("{\"more\":[1]}", Flag.class).field());
    }
}
