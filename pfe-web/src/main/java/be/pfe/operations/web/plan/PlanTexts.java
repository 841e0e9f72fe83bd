package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.PlanDiff;
import be.pfe.operations.reporting.targets.TargetStatus;
import be.pfe.operations.web.i18n.Messages;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** Writes the plan page's values the reader's way: times, the differences' fields and values. */
public final class PlanTexts {

    private PlanTexts() {
    }

    static String when(OffsetDateTime time, Locale locale) {
        return time == null ? "" : be.pfe.operations.web.i18n.Dates.dateTime(time.toZonedDateTime(), locale);
    }

    static String day(LocalDate date, Locale locale) {
        return be.pfe.operations.web.i18n.Dates.date(date, locale);
    }

    /** PrimeFaces tag colours of the statuses. */
    static String severity(be.pfe.operations.domain.plan.PlanStatus status) {
        return switch (status) {
            case DRAFT -> "secondary";
            case SUBMITTED -> "info";
            case APPROVED -> "success";
            case REJECTED -> "danger";
            case AMENDMENTS_REQUESTED -> "warning";
        };
    }

    /** PrimeFaces tag colours of a target's standing against its actual figure. */
    public static String severity(TargetStatus status) {
        return switch (status) {
            case REACHED -> "success";
            case ON_TRACK -> "info";
            case AT_RISK -> "warning";
            case BEHIND -> "danger";
        };
    }

    /** A value of a line: enums and yes/no in words, dates and numbers the reader's way, "-" for nothing. */
    public static String value(Object value, Locale locale) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Boolean yes) {
            return Messages.text(locale, yes ? "page.plan.yes" : "page.plan.no");
        }
        if (value instanceof Enum<?> constant) {
            return Messages.text(locale, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
        if (value instanceof LocalDate date) {
            return day(date, locale);
        }
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            format.setGroupingUsed(false);
            return format.format(number);
        }
        return value.toString();
    }

    /** The fields of a changed (added, removed) line: "seats: 24 → 36". */
    static String fields(List<PlanDiff.FieldChange> fields, PlanDiff.ChangeKind kind, Locale locale) {
        return String.join("; ", fields.stream().map(field -> {
            String name = Messages.text(locale, "page.plan.field." + field.field());
            return switch (kind) {
                case ADDED -> name + ": " + value(field.newValue(), locale);
                case REMOVED -> name + ": " + value(field.oldValue(), locale);
                case CHANGED -> name + ": " + value(field.oldValue(), locale) + " → " + value(field.newValue(), locale);
            };
        }).toList());
    }
}
