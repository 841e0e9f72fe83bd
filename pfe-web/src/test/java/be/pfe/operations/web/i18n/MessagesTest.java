package be.pfe.operations.web.i18n;

import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    private final BusinessRuleException outside = new BusinessRuleException("meeting.outsideSession", "date",
            LocalDate.parse("2027-01-04"), LocalDate.parse("2026-09-07"), LocalDate.parse("2026-12-18"));

    @Test
    void explainsARefusalInEachLanguageWithItsDatesWrittenThatLanguagesWay() {
        assertEquals("La séance du 4 janv. 2027 tombe en dehors de la session (du 7 sept. 2026 au 18 déc. 2026).",
                Messages.of(outside, Locale.FRENCH));
        assertEquals("Het lesmoment op 4 jan. 2027 valt buiten de sessie (7 sep. 2026 tot 18 dec. 2026).",
                Messages.of(outside, Locale.forLanguageTag("nl-BE")));
        assertEquals("The meeting on 4 Jan 2027 falls outside the session (7 Sept 2026 to 18 Dec 2026).",
                Messages.of(outside, Locale.ENGLISH));
    }

    @Test
    void anUnsupportedLanguageGetsFrenchNotTheMachinesLanguage() {
        assertEquals("La date de début est obligatoire.",
                Messages.text(Locale.GERMAN, "period.start.required"));
    }

    @Test
    void explainsAClosedDayByTheHolidaysNameInTheUsersLanguage() {
        Object[] arguments = {LocalDate.parse("2027-11-11"), be.pfe.operations.domain.calendar.PublicHoliday.ARMISTICE};
        assertEquals("Le pôle est fermé le 11 nov. 2027 : Armistice.",
                Messages.text(Locale.FRENCH, "conflict.CLOSED_DAY", arguments));
        assertEquals("Het centrum is gesloten op 11 nov. 2027: Wapenstilstand.",
                Messages.text(Locale.forLanguageTag("nl"), "conflict.CLOSED_DAY", arguments));
    }

    @Test
    void enumArgumentsAreShownByTheirName() {
        assertEquals("Een sessie kan niet van \"Afgesloten\" naar \"Lopend\" gaan.",
                Messages.text(Locale.forLanguageTag("nl"), "session.status.transition", SessionStatus.CLOSED,
                        SessionStatus.RUNNING));
    }

    @Test
    void overlappingWeeklyTimesNameTheWeekdaysInTheUsersLanguage() {
        Object[] arguments = {java.time.DayOfWeek.WEDNESDAY, "09:00", "12:30", java.time.DayOfWeek.WEDNESDAY, "12:00",
                "13:00"};
        assertEquals("Les plages hebdomadaires du mercredi 09:00-12:30 et du mercredi 12:00-13:00 se chevauchent.",
                Messages.text(Locale.FRENCH, "session.pattern.overlapping", arguments));
        assertEquals("De wekelijkse tijden op woensdag 09:00-12:30 en op woensdag 12:00-13:00 overlappen.",
                Messages.text(Locale.forLanguageTag("nl"), "session.pattern.overlapping", arguments));
        assertEquals("The weekly times Wednesday 09:00-12:30 and Wednesday 12:00-13:00 overlap.",
                Messages.text(Locale.ENGLISH, "session.pattern.overlapping", arguments));
    }
}
