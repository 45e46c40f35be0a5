package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.model.Footer;
import kb.model.Section;
import kb.model.SectionKind;

/**
 * Reads the body shared by the archive's three text formats: the "applies to" box, the sections with their
 * {@code =}-underlined headings, the "Additional query words" line, the footer fields after the last divider, and
 * the legal notice that closes every article (dropped).
 */
final class BodyScanner {
    private static final Pattern APPLIES_TO =
            Pattern.compile("(?i)^\\s*The information in this article applies to:?\\s*$");
    private static final Pattern APPLIES_ITEM = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern QUERY_WORDS = Pattern.compile("(?i)^\\s*Additional query words\\s*:(.*)$");
    private static final int DIVIDER_LENGTH = 20;
    /** The dashes above and below the "applies to" box. */
    private static final int DASH_RULE = 20;

    private static final int APPLIES_TO_WITHIN = 40;
    /** Longer lines above a row of {@code =} are text followed by a divider, not headings. */
    private static final int MAX_HEADING = 60;

    /** What a body holds, less its header. */
    record Body(List<String> appliesTo, List<Section> sections, List<String> queryWords, Footer footer) {}

    private BodyScanner() {}

    /** Reads the lines after an article's header. */
    static Body scan(List<Line> body) {
        List<Line> lines = new ArrayList<>(body);
        dropLegalNotice(lines);
        Footer footer = footer(lines);
        List<String> queryWords = queryWords(lines);
        List<String> appliesTo = appliesTo(lines);
        return new Body(appliesTo, sections(lines), queryWords, footer);
    }

    /** A {@code Name : value} line: a name of letters, spaces and {@code /()-}, then a colon. */
    private static boolean isField(Line l) {
        String t = l.text();
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        int i = 0;
        while (i < colon && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i == colon || !Character.isLetter(t.charAt(i))) {
            return false;
        }
        for (; i < colon; i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '/' && c != '(' && c != ')' && c != '-' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDivider(Line l) {
        return l.ruleLength('=') > 0 && l.stripped().length() >= DIVIDER_LENGTH;
    }

    /** A line of {@code =} under a heading of about its length, not a divider. */
    private static boolean isUnderline(List<Line> lines, int i) {
        if (i == 0 || lines.get(i).ruleLength('=') == 0) {
            return false;
        }
        Line heading = lines.get(i - 1);
        int len = heading.stripped().length();
        return !heading.isBlank()
                && heading.ruleLength('=') == 0
                && len <= MAX_HEADING
                && Math.abs(lines.get(i).stripped().length() - len) <= 2;
    }

    // The archive: "=====...", a blank line, then "THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE IS
    // PROVIDED "AS IS"..." and "Copyright Microsoft Corporation YYYY." The closing divider goes with it.
    private static void dropLegalNotice(List<Line> lines) {
        trimTrailingBlank(lines);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isDivider(lines.get(i)) && !isUnderline(lines, i)) {
                List<Line> after = lines.subList(i + 1, lines.size());
                boolean notice = after.stream()
                        .filter(l -> !l.isBlank())
                        .findFirst()
                        .map(l -> l.text().startsWith("THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE"))
                        .orElse(true);
                boolean fields = after.stream()
                        .anyMatch(l -> isField(l)
                                && !l.text().startsWith("THE INFORMATION")
                                && !l.text().startsWith("Copyright"));
                if (notice && !fields) {
                    after.clear();
                    lines.remove(i);
                    trimTrailingBlank(lines);
                }
                return;
            }
        }
    }

    private static void trimTrailingBlank(List<Line> lines) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** The {@code Name : value} lines after the last divider, when every line there is one. */
    private static Footer footer(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isDivider(lines.get(i)) && !isUnderline(lines, i)) {
                List<Line> after = lines.subList(i + 1, lines.size());
                if (!after.stream().allMatch(l -> l.isBlank() || isField(l))) {
                    return Footer.NONE;
                }
                Footer footer = footerFields(after);
                after.clear();
                lines.remove(i);
                trimTrailingBlank(lines);
                return footer;
            }
        }
        return Footer.NONE;
    }

    private static Footer footerFields(List<Line> fieldLines) {
        List<String> keywords = List.of();
        List<String> technology = List.of();
        String version = "";
        String issueType = "";
        String solutionType = "";
        List<Footer.Field> other = new ArrayList<>();
        for (Line l : fieldLines) {
            if (!isField(l)) {
                continue;
            }
            int colon = l.text().indexOf(':');
            String name = l.text().substring(0, colon).strip();
            String value = l.text().substring(colon + 1).strip();
            switch (name.toLowerCase(Locale.ROOT)) {
                case "keywords" -> keywords = FieldParser.words(value);
                case "technology" -> technology = FieldParser.words(value);
                case "version" -> version = value;
                case "issue type" -> issueType = value;
                case "solution type" -> solutionType = value;
                default -> other.add(new Footer.Field(name, value));
            }
        }
        return new Footer(keywords, technology, version, issueType, solutionType, other);
    }

    /** The last "Additional query words:" line and the lines that continue it, taken out of the body. */
    private static List<String> queryWords(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = QUERY_WORDS.matcher(lines.get(i).text());
            if (m.matches()) {
                StringBuilder words = new StringBuilder(m.group(1));
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).isBlank() && !isDivider(lines.get(end))) {
                    words.append(' ').append(lines.get(end++).text());
                }
                lines.subList(i, end).clear();
                trimTrailingBlank(lines);
                return FieldParser.words(words.toString());
            }
        }
        return List.of();
    }

    // The box at the top of most articles:
    //   -------------------------------------------------------------------------------
    //   The information in this article applies to:
    //    - Microsoft Systems Management Server version 2.0
    //   -------------------------------------------------------------------------------
    // Some articles have stray header values above the box; it is looked for in the first lines of the body.
    private static List<String> appliesTo(List<Line> lines) {
        int start = 0;
        while (start + 1 < lines.size()
                && start < APPLIES_TO_WITHIN
                && !(lines.get(start).ruleLength('-') >= DASH_RULE
                        && APPLIES_TO.matcher(lines.get(start + 1).text()).matches())) {
            start++;
        }
        if (start + 1 >= lines.size() || start >= APPLIES_TO_WITHIN) {
            return List.of();
        }
        int end = start + 2;
        while (end < lines.size() && lines.get(end).ruleLength('-') < DASH_RULE) {
            end++;
        }
        if (end == lines.size()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Line l : lines.subList(start + 2, end)) {
            Matcher m = APPLIES_ITEM.matcher(l.text());
            if (m.matches()) {
                items.add(m.group(1).strip());
            } else if (!l.isBlank() && !items.isEmpty()) {
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + l.stripped());
            } else if (!l.isBlank()) {
                items.add(l.stripped());
            }
        }
        lines.subList(start, end + 1).clear();
        return items.stream().map(FieldParser::collapse).toList();
    }

    /** Sections at each {@code =}-underlined heading; text before the first heading is an untitled section. */
    private static List<Section> sections(List<Line> lines) {
        // The raw format's header ends with a divider, and a stray one may follow the applies-to box.
        int start = 0;
        while (start < lines.size() && (lines.get(start).isBlank() || isDivider(lines.get(start)))) {
            start++;
        }
        List<Section> sections = new ArrayList<>();
        String heading = "";
        int headingLine = start < lines.size() ? lines.get(start).number() : 1;
        List<Line> content = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            if (i + 1 < lines.size() && isUnderline(lines, i + 1)) {
                addSection(sections, heading, headingLine, content);
                heading = lines.get(i).stripped();
                headingLine = lines.get(i).number();
                content = new ArrayList<>();
                i++;
            } else {
                content.add(lines.get(i));
            }
        }
        addSection(sections, heading, headingLine, content);
        if (sections.isEmpty()) {
            sections.add(new Section("", SectionKind.OTHER, List.of(), headingLine));
        }
        return sections;
    }

    private static void addSection(List<Section> sections, String heading, int line, List<Line> content) {
        boolean empty = content.stream().allMatch(Line::isBlank);
        if (heading.isEmpty() && empty) {
            return;
        }
        SectionKind kind = heading.isEmpty() ? SectionKind.OTHER : SectionKind.ofHeading(heading);
        sections.add(new Section(heading, kind, BlockScanner.scan(content), line));
    }
}
