package be.pfe.operations.domain.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one version of a plan to another: per section, the lines added, removed and changed (with each
 * changed field's old and new value). Lines are matched by their key ({@link PlanLine#key()}).
 */
public record PlanDiff(List<LineChange> changes) {

    public enum ChangeKind { ADDED, REMOVED, CHANGED }

    /** One field of a changed line (or every field of an added or removed one), from its old to its new value. */
    public record FieldChange(String field, Object oldValue, Object newValue) {
    }

    /** A line added, removed or changed in a section. */
    public record LineChange(PlanSection section, ChangeKind kind, String key, List<FieldChange> fields) {
    }

    public PlanDiff {
        changes = List.copyOf(changes);
    }

    /** The differences from {@code before} to {@code after}, section by section, in the order of the lines. */
    public static PlanDiff between(PlanContent before, PlanContent after) {
        List<LineChange> changes = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            Map<String, PlanLine> old = byKey(before.lines(section));
            Map<String, PlanLine> now = byKey(after.lines(section));
            old.forEach((key, line) -> {
                if (!now.containsKey(key)) {
                    changes.add(new LineChange(section, ChangeKind.REMOVED, key, fields(line, null)));
                }
            });
            now.forEach((key, line) -> {
                PlanLine was = old.get(key);
                if (was == null) {
                    changes.add(new LineChange(section, ChangeKind.ADDED, key, fields(null, line)));
                } else {
                    List<FieldChange> fields = fields(was, line).stream()
                            .filter(change -> !Objects.equals(change.oldValue(), change.newValue())).toList();
                    if (!fields.isEmpty()) {
                        changes.add(new LineChange(section, ChangeKind.CHANGED, key, fields));
                    }
                }
            });
        }
        return new PlanDiff(changes);
    }

    private static Map<String, PlanLine> byKey(List<? extends PlanLine> lines) {
        Map<String, PlanLine> byKey = new LinkedHashMap<>();
        lines.forEach(line -> byKey.put(line.key(), line));
        return byKey;
    }

    private static List<FieldChange> fields(PlanLine before, PlanLine after) {
        Map<String, Object> old = before == null ? Map.of() : before.fields();
        Map<String, Object> now = after == null ? Map.of() : after.fields();
        List<FieldChange> fields = new ArrayList<>();
        (after == null ? old : now).keySet().forEach(field -> {
            Object was = old.get(field);
            Object is = now.get(field);
            if (was != null || is != null) {
                fields.add(new FieldChange(field, was, is));
            }
        });
        return fields;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The differences in a few words for the history, e.g. {@code TRAINING: +TEC-SOUD-01 · BRUXELLES_FORMATION;
     * ~TEC-ELEC-01 · BRUXELLES_FORMATION (seats 24 -> 36)}, shortened to the given length.
     */
    public String summary(int maxLength) {
        Map<PlanSection, List<String>> bySection = new EnumMap<>(PlanSection.class);
        for (LineChange change : changes) {
            String text = switch (change.kind()) {
                case ADDED -> "+" + change.key();
                case REMOVED -> "-" + change.key();
                case CHANGED -> "~" + change.key() + " (" + String.join(", ", change.fields().stream()
                        .map(f -> f.field() + " " + shown(f.oldValue()) + " -> " + shown(f.newValue())).toList()) + ")";
            };
            bySection.computeIfAbsent(change.section(), s -> new ArrayList<>()).add(text);
        }
        List<String> parts = new ArrayList<>();
        bySection.forEach((section, texts) -> parts.add(section + ": " + String.join("; ", texts)));
        String summary = String.join(" | ", parts);
        return summary.length() <= maxLength ? summary : summary.substring(0, maxLength - 1) + "…";
    }

    private static String shown(Object value) {
        return value == null ? "-" : value.toString();
    }
}
