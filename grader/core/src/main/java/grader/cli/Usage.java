package grader.cli;

import grader.text.Catalog;
import java.util.List;

/**
 * The text of {@code ./grade --help} in a catalog's language. The command lines and the option names are the
 * same in every language, so they are here; only what they do comes from the catalog ({@code cli.usage.*}),
 * one entry per option, its lines broken where the translator broke them.
 */
final class Usage {

    /** The option column: a longer option stands on a line of its own, its description under this column. */
    private static final int OPTION_WIDTH = 14;

    private static final String INDENT = "  ";

    private static final List<String> COMMAND_LINES = List.of(
            "./grade [PATH] [--json FILE] [--junit FILE] [--github] [--fail-under N] [--seed N] [--keep]",
            "        [--lang en|ru] [--course FILE]",
            "./grade --batch CLASS [--out OUT] [--jobs N] [--force] [--seed N] [--sandbox M] [--course FILE]",
            "./grade --export-template DIR [--lang en|ru] [--course FILE]");

    /** An option as the usage shows it, and the entry that says what it does. */
    private record Option(String synopsis, String key, Object... namesAndValues) {}

    private static final List<Option> OPTIONS = List.of(
            new Option("PATH", "cli.usage.path"),
            new Option("--batch CLASS", "cli.usage.batch"),
            new Option("--out OUT", "cli.usage.out"),
            new Option("--jobs N", "cli.usage.jobs", "default", GradeArguments.DEFAULT_JOBS),
            new Option("--force", "cli.usage.force"),
            new Option("--json FILE", "cli.usage.json"),
            new Option("--seed N", "cli.usage.seed"),
            new Option("--parallel N", "cli.usage.parallel", "default", GradeArguments.DEFAULT_PARALLEL),
            new Option("--junit FILE", "cli.usage.junit"),
            new Option("--github", "cli.usage.github"),
            new Option("--timings F", "cli.usage.timings"),
            new Option("--fail-under N", "cli.usage.fail-under"),
            new Option("--export-template DIR", "cli.usage.export-template"),
            new Option("--lang L", "cli.usage.lang"),
            new Option("--course FILE", "cli.usage.course"),
            new Option("--keep", "cli.usage.keep"),
            new Option("--sandbox M", "cli.usage.sandbox"));

    private Usage() {}

    /** The usage, every line ending with a line break. */
    static String text(Catalog catalog) {
        StringBuilder text = new StringBuilder();
        String title = catalog.text("cli.usage.title") + " ";
        String under = " ".repeat(title.length());
        for (int i = 0; i < COMMAND_LINES.size(); i++) {
            text.append(i == 0 ? title : under).append(COMMAND_LINES.get(i)).append('\n');
        }
        String column = " ".repeat(INDENT.length() + OPTION_WIDTH);
        for (Option option : OPTIONS) {
            List<String> lines = catalog.text(option.key(), option.namesAndValues()).lines().toList();
            String head = INDENT + option.synopsis();
            if (option.synopsis().length() < OPTION_WIDTH) {
                text.append(head).append(" ".repeat(column.length() - head.length())).append(lines.get(0));
            } else {
                text.append(head).append('\n').append(column).append(lines.get(0));
            }
            text.append('\n');
            lines.stream().skip(1).forEach(line -> text.append(column).append(line.strip()).append('\n'));
        }
        return text.toString();
    }
}
