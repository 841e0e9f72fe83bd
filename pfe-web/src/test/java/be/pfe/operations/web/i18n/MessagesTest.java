package be.pfe.operations.web.i18n;

import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    private final BusinessRuleException clash = new BusinessRuleException("session.room.alreadyBooked", "room",
            "D-LAB", "DIG-NET-01", LocalDate.parse("2026-09-07"), LocalDate.parse("2026-12-18"));

    @Test
    void explainsARefusalInEachLanguageWithItsDatesWrittenThatLanguagesWay() {
        assertEquals("Le local D-LAB est déjà réservé du 7 sept. 2026 au 18 déc. 2026 pour la formation DIG-NET-01.",
                Messages.of(clash, Locale.FRENCH));
        assertEquals("Lokaal D-LAB is al gereserveerd van 7 sep. 2026 tot 18 dec. 2026 voor opleiding DIG-NET-01.",
                Messages.of(clash, Locale.forLanguageTag("nl-BE")));
        assertEquals("Room D-LAB is already booked from 07 Sep 2026 to 18 Dec 2026 for course DIG-NET-01.",
                Messages.of(clash, Locale.ENGLISH));
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
}
