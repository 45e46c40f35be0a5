package kb.model;

import java.util.Locale;

/** What a section is for, from its heading. */
public enum SectionKind {
    SUMMARY,
    SYMPTOMS,
    CAUSE,
    RESOLUTION,
    WORKAROUND,
    STATUS,
    MORE_INFORMATION,
    REFERENCES,
    OTHER;

    /** The kind a heading names: {@code SYMPTOMS}, {@code Symptom}, {@code More information:}; otherwise OTHER. */
    public static SectionKind ofHeading(String heading) {
        String h = heading.strip().toUpperCase(Locale.ROOT);
        while (h.endsWith(":") || h.endsWith(".")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return switch (h) {
            case "SUMMARY", "INTRODUCTION", "OVERVIEW" -> SUMMARY;
            case "SYMPTOMS", "SYMPTOM" -> SYMPTOMS;
            case "CAUSE", "CAUSES" -> CAUSE;
            case "RESOLUTION", "SOLUTION" -> RESOLUTION;
            case "WORKAROUND", "WORKAROUNDS" -> WORKAROUND;
            case "STATUS" -> STATUS;
            case "MORE INFORMATION" -> MORE_INFORMATION;
            case "REFERENCES", "REFERENCE" -> REFERENCES;
            default -> OTHER;
        };
    }
}
