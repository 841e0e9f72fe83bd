package be.pfe.operations.web.ui;

import be.pfe.operations.web.i18n.Dates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows a date (or a moment) the way the interface's language writes it, the same on every page
 * ({@link Dates}): {@code <h:outputText value="#{x.date()}"><f:converter converterId="pfe.date"/></h:outputText>}.
 * For output only.
 */
@FacesConverter("pfe.date")
public class DateConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("pfe.date only shows dates");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return Dates.of(value, context.getViewRoot().getLocale());
    }

    /** The same with the weekday first ("Thu 3 Dec 2026"), for meetings. */
    @FacesConverter("pfe.weekdayDate")
    public static class Weekday implements Converter<Object> {

        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("pfe.weekdayDate only shows dates");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
            return value instanceof java.time.LocalDate date
                    ? Dates.weekdayDate(date, context.getViewRoot().getLocale())
                    : Dates.of(value, context.getViewRoot().getLocale());
        }
    }
}
