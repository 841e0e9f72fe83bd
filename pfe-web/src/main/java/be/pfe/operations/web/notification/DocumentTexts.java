package be.pfe.operations.web.notification;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.reporting.documents.IssuedDocument;
import be.pfe.operations.reporting.documents.LearnerDocuments;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.i18n.Messages;
import jakarta.ws.rs.core.Response;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;

/** The texts of the learners' documents (the bundles, in the learner's language) and how they are answered. */
final class DocumentTexts {

    static final LearnerDocuments.Texts BUNDLES = language -> {
        ResourceBundle bundle = Messages.bundle(language.locale());
        return key -> bundle.containsKey(key) ? bundle.getString(key) : key;
    };

    private DocumentTexts() {
    }

    /** A month written YYYY-MM; this month (in Brussels) when none is given. */
    static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(Clocks.system());
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.parameter("month", value);
        }
    }

    static Response pdf(IssuedDocument document) {
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }
}
