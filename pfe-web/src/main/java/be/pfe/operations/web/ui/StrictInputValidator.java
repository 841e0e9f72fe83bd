package be.pfe.operations.web.ui;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateWindow;
import be.pfe.operations.domain.shared.TypedText;
import be.pfe.operations.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The strict-input rules on every input of every page (a default validator, see faces-config.xml), before any
 * value reaches a bean: texts pass {@link TypedText#requireReadable} (a text area may keep line breaks and tabs),
 * dates are within the {@link DateWindow} (birth dates excepted: they have their own plausibility rule). The
 * same rules as the REST API's ({@code be.pfe.operations.web.api.StrictBodies}) and the domain's.
 */
public class StrictInputValidator implements Validator<Object> {

    public static final String ID = "pfe.strictInput";

    @Override
    public void validate(FacesContext faces, UIComponent component, Object value) {
        String field = component.getId();
        try {
            if (value instanceof String text) {
                TypedText.requireReadable(text, field, isMultiLine(component));
            } else if (value instanceof LocalDate date && !field.toLowerCase(Locale.ROOT).contains("birth")) {
                DateWindow.requireWithin(date, field);
            }
        } catch (BusinessRuleException refusal) {
            String text = Messages.of(refusal, faces.getViewRoot().getLocale());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    private static boolean isMultiLine(UIComponent component) {
        return component instanceof HtmlInputTextarea || component.getClass().getSimpleName().contains("Textarea")
                || "org.primefaces.component.InputTextareaRenderer".equals(component.getRendererType());
    }
}
