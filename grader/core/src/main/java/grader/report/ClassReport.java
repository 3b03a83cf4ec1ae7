package grader.report;

import grader.score.Points;
import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructor's view of a whole class: one self-contained HTML file (inline CSS and SVG, no script, no
 * reference to anything outside the file) with the class at a glance and, below, every student's lost points.
 *
 * <ul>
 *   <li>a header: title, number of submissions, mean and median total, how student code ran, parallelism, wall
 *       time, grader version, and how many submissions have each gradebook status;</li>
 *   <li>the distribution of totals in 10-point bins (the last bin takes the maximum, e.g. 90–100);</li>
 *   <li>every rubric check's pass rate among the tasks that could be graded (a task that is missing, does not
 *       compile or belongs to an invalid submission says nothing about a check), sorted by id, and the five
 *       checks the class fails most;</li>
 *   <li>a table of students in the order given, each row linking to the student's section;</li>
 *   <li>per student: each task's score, the feedback of every lost check, the task's messages (compiler errors)
 *       and the submission's notes.</li>
 * </ul>
 *
 * <p>Every piece of text that comes from a report is escaped: names, feedback and compiler messages may hold
 * {@code <}, {@code >} and {@code &} from student code. Control characters are shown as their Unicode pictures
 * (e.g. {@code ␛}). Apart from {@code <!DOCTYPE html>} and {@code <meta charset="utf-8">} the file is well-formed
 * XML, so that it can be checked mechanically.
 *
 * <p>The report's own words (headings, labels, captions, numbers, {@code lang}) are in the reader's language, from
 * the {@link Catalog} given; so are the rubric's titles, and the feedback and the notes where the grader wrote
 * them; compiler messages are as they are. Status codes stay codes in attributes and class names, so that styles and scripts do not depend on
 * the language.
 */
public final class ClassReport {

    /**
     * What the report says about the run as a whole.
     *
     * @param title the report's title, e.g. the course and the assignment
     * @param sandbox how the students' code ran
     * @param parallelism how many submissions were graded at once
     * @param seconds the wall time of the whole run
     * @param graderVersion the grader's version
     */
    public record Info(String title, Localized sandbox, int parallelism, double seconds, String graderVersion) {}

    private static final int BIN = 10;
    private static final int MISTAKES = 5;

    private ClassReport() {}

    /**
     * Writes the report of {@code reports} in the catalog's language to {@code file} as UTF-8, creating its folder
     * if needed.
     */
    public static void write(List<GradeReport> reports, Info info, Catalog catalog, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(reports, info, catalog), StandardCharsets.UTF_8);
    }

    /** The report as one HTML document in the catalog's language. */
    public static String render(List<GradeReport> reports, Info info, Catalog catalog) {
        return new Writer(List.copyOf(reports), info, catalog).document();
    }

    /** The pass rate of one rubric check over the class. */
    private static final class CheckStat {
        final String id;
        final String title;
        final Points points;
        final boolean hidden;
        int passed;
        int graded;
        final Map<String, Integer> reasons = new LinkedHashMap<>();

        CheckStat(CheckResult check, Language language) {
            this.id = check.id();
            this.title = check.title().in(language);
            this.points = check.maxPoints();
            this.hidden = check.hidden();
        }

        double rate() {
            return graded == 0 ? 1 : (double) passed / graded;
        }

        int failed() {
            return graded - passed;
        }
    }

    private static final class Writer {

        private final List<GradeReport> reports;
        private final Info info;
        private final Catalog catalog;
        private final StringBuilder out = new StringBuilder(64 * 1024);
        private final Points maxTotal;
        /** The highest total rounded up to whole points: where the distribution's last bin ends. */
        private final int maxWhole;
        private final Map<Integer, String> taskTitles = new TreeMap<>();
        private final Map<Integer, Points> taskMax = new TreeMap<>();

        Writer(List<GradeReport> reports, Info info, Catalog catalog) {
            this.reports = reports;
            this.info = info == null ? new Info("", Localized.NONE, 0, 0, "") : info;
            this.catalog = catalog;
            this.maxTotal = reports.stream().map(GradeReport::maxScore).max(Points::compareTo).orElse(Points.of(100));
            this.maxWhole = (int) Math.ceil(maxTotal.toDouble());
            for (GradeReport report : reports) {
                for (TaskResult task : report.tasks()) {
                    taskTitles.putIfAbsent(task.number(), task.title().in(catalog.language()));
                    taskMax.merge(task.number(), task.maxScore(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        }

        String document() {
            String title = orDash(info.title());
            out.append("<!DOCTYPE html>\n<html lang=\"").append(catalog.language().code())
                    .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                    .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                    .append("</style>\n</head>\n<body>\n<main>\n");
            header(title);
            distribution();
            checks();
            students();
            sections();
            out.append("</main>\n</body>\n</html>\n");
            return out.toString();
        }

        // ---- header -------------------------------------------------------------------------------------------

        private void header(String title) {
            out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
            out.append("<p class=\"lead\">")
                    .append(text("classreport.lead", "submissions", reports.size(), "max", maxTotal.toBigDecimal())).append("</p>\n");
            out.append("<dl class=\"facts\">\n");
            fact("submissions", figure(reports.size()));
            fact("mean", reports.isEmpty() ? "—" : figure(mean()));
            fact("median", reports.isEmpty() ? "—" : figure(median()));
            passMark().ifPresent(mark -> out.append("<div data-fact=\"pass\"><dt>")
                    .append(esc(text("classreport.pass", "mark", mark.toString()))).append("</dt><dd>")
                    .append(esc(text("classreport.pass-count", "passed", figure(reports.stream()
                            .filter(r -> r.passed().orElse(false)).count()), "total", figure(reports.size()))))
                    .append("</dd></div>\n"));
            out.append("</dl>\n<dl class=\"run\">\n");
            fact("wall", duration(info.seconds()));
            fact("parallelism", figure(info.parallelism()));
            fact("sandbox", orDash(info.sandbox() == null ? null : info.sandbox().in(catalog.language())));
            fact("version", orDash(info.graderVersion()));
            out.append("</dl>\n");
            Map<String, Integer> statuses = new TreeMap<>(Comparator.comparingInt(ClassReport::statusOrder)
                    .thenComparing(Comparator.naturalOrder()));
            for (GradeReport report : reports) {
                for (String token : report.status().split(";")) {
                    statuses.merge(token, 1, Integer::sum);
                }
            }
            if (!statuses.isEmpty()) {
                out.append("<p class=\"statuses\">");
                statuses.forEach((status, count) -> out.append("<span class=\"status-count\" data-status=\"")
                        .append(esc(status)).append("\" data-count=\"").append(count).append("\">")
                        .append(badge(status)).append(' ').append(count).append("</span> "));
                out.append("</p>\n");
            }
            out.append("</header>\n");
        }

        /** A figure under its label, the catalog's {@code classreport.<key>}. */
        private void fact(String key, String value) {
            out.append("<div data-fact=\"").append(key).append("\"><dt>").append(text("classreport." + key))
                    .append("</dt><dd>").append(esc(value)).append("</dd></div>\n");
        }

        /** The course's pass mark: the same for every report of a batch. */
        private java.util.Optional<Points> passMark() {
            return reports.stream().map(GradeReport::pass).flatMap(java.util.Optional::stream).findFirst();
        }

        private double mean() {
            return reports.stream().mapToDouble(r -> r.score().toDouble()).average().orElse(0);
        }

        private double median() {
            double[] totals = reports.stream().mapToDouble(r -> r.score().toDouble()).sorted().toArray();
            int n = totals.length;
            return n % 2 == 1 ? totals[n / 2] : (totals[n / 2 - 1] + totals[n / 2]) / 2.0;
        }

        // ---- distribution -------------------------------------------------------------------------------------

        private void distribution() {
            int bins = Math.max(1, (maxWhole + BIN - 1) / BIN);
            int[] counts = new int[bins];
            for (GradeReport report : reports) {
                int bin = Math.min(bins - 1, (int) Math.max(0, report.score().hundredths() / (BIN * 100L)));
                counts[bin]++;
            }
            int highest = 0;
            for (int c : counts) {
                highest = Math.max(highest, c);
            }
            out.append("<section id=\"distribution\">\n<h2>").append(text("classreport.distribution"))
                    .append("</h2>\n");
            int width = 760;
            int height = 230;
            int left = 10;
            int top = 26;
            int bottom = 40;
            int plot = height - top - bottom;
            double slot = (double) (width - 2 * left) / bins;
            double bar = slot * 0.78;
            out.append("<svg class=\"histogram\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                    .append("\" role=\"img\" aria-labelledby=\"histogram-title\">\n")
                    .append("<title id=\"histogram-title\">").append(text("classreport.histogram", "width", BIN))
                    .append("</title>\n");
            int baseline = top + plot;
            out.append("<line x1=\"").append(left).append("\" y1=\"").append(baseline).append("\" x2=\"")
                    .append(width - left).append("\" y2=\"").append(baseline)
                    .append("\" stroke=\"#8c959f\" stroke-width=\"1\"></line>\n");
            for (int i = 0; i < bins; i++) {
                int from = i * BIN;
                int to = i == bins - 1 ? Math.max(maxWhole, from) : from + BIN - 1;
                String range = from + "–" + to;
                double h = highest == 0 ? 0 : (double) counts[i] / highest * plot;
                double x = left + i * slot + (slot - bar) / 2;
                double centre = left + i * slot + slot / 2;
                out.append("<g class=\"bin\" data-range=\"").append(from).append('-').append(to)
                        .append("\" data-count=\"").append(counts[i]).append("\">")
                        .append("<title>").append(text("classreport.bin", "range", range, "count", counts[i]))
                        .append("</title>");
                if (counts[i] > 0) {
                    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(baseline - h))
                            .append("\" width=\"").append(num(bar)).append("\" height=\"").append(num(h))
                            .append("\" rx=\"2\" fill=\"#5b7fa6\"></rect>");
                }
                out.append("<text x=\"").append(num(centre)).append("\" y=\"").append(num(baseline - h - 7))
                        .append("\" text-anchor=\"middle\" class=\"count")
                        .append(counts[i] == 0 ? " zero" : "").append("\">").append(counts[i]).append("</text>");
                out.append("<text x=\"").append(num(centre)).append("\" y=\"").append(baseline + 20)
                        .append("\" text-anchor=\"middle\" class=\"range\">").append(range).append("</text>");
                out.append("</g>\n");
            }
            out.append("</svg>\n");
            if (reports.isEmpty()) {
                out.append("<p class=\"empty\">").append(text("classreport.no-submissions")).append("</p>\n");
            } else {
                out.append("<p class=\"caption\">").append(text("classreport.distribution-caption", "max", maxTotal.toBigDecimal()))
                        .append("</p>\n");
            }
            out.append("</section>\n");
        }

        // ---- checks -------------------------------------------------------------------------------------------

        private List<CheckStat> checkStats() {
            Map<String, CheckStat> stats = new TreeMap<>(ClassReport::compareIds);
            for (GradeReport report : reports) {
                for (TaskResult task : report.tasks()) {
                    for (CheckResult check : task.checks()) {
                        CheckStat stat = stats.computeIfAbsent(check.id(),
                                id -> new CheckStat(check, catalog.language()));
                        if (task.status() != TaskStatus.GRADED) {
                            continue;
                        }
                        stat.graded++;
                        if (check.passed()) {
                            stat.passed++;
                        } else {
                            stat.reasons.merge(firstLine(check.feedback().in(catalog.language())), 1, Integer::sum);
                        }
                    }
                }
            }
            return new ArrayList<>(stats.values());
        }

        private void checks() {
            List<CheckStat> stats = checkStats();
            out.append("<section id=\"mistakes\">\n<h2>").append(text("classreport.mistakes")).append("</h2>\n");
            List<CheckStat> worst = stats.stream().filter(s -> s.graded > 0 && s.failed() > 0)
                    .sorted(Comparator.comparingDouble(CheckStat::rate)
                            .thenComparing(Comparator.comparingInt(CheckStat::failed).reversed())
                            .thenComparing((a, b) -> compareIds(a.id, b.id)))
                    .limit(MISTAKES).toList();
            if (worst.isEmpty()) {
                out.append("<p class=\"empty\">")
                        .append(text(reports.isEmpty() ? "classreport.no-submissions"
                                : stats.stream().anyMatch(s -> s.graded > 0) ? "classreport.no-check-failed"
                                : "classreport.nothing-graded"))
                        .append("</p>\n");
            } else {
                out.append("<p class=\"caption\">").append(text("classreport.mistakes-caption", "count", worst.size()))
                        .append("</p>\n");
                out.append("<ol class=\"mistakes\">\n");
                for (CheckStat s : worst) {
                    out.append("<li data-check=\"").append(esc(s.id)).append("\"><a href=\"#check-")
                            .append(esc(s.id)).append("\" class=\"cid\">").append(esc(s.id)).append("</a> ")
                            .append(inline(s.title)).append(" <span class=\"rate\">")
                            .append(text("classreport.passed-of", "passed", s.passed, "graded", s.graded,
                                    "percent", percent(s.rate())))
                            .append("</span>");
                    Map.Entry<String, Integer> reason = s.reasons.entrySet().stream()
                            .max(Map.Entry.comparingByValue()).orElse(null);
                    if (reason != null && !reason.getKey().isBlank()) {
                        // the reason is feedback, with code spans: only the label around it is the catalog's
                        out.append("<div class=\"reason\">").append(text("classreport.most-often")).append(' ')
                                .append(inline(reason.getKey()));
                        if (s.failed() > 1) {
                            out.append(" <span class=\"muted\">").append(text("classreport.reason-count", "count",
                                    reason.getValue(), "failed", s.failed())).append("</span>");
                        }
                        out.append("</div>");
                    }
                    out.append("</li>\n");
                }
                out.append("</ol>\n");
            }
            out.append("</section>\n");

            out.append("<section id=\"checks\">\n<h2>").append(text("classreport.checks")).append("</h2>\n");
            if (stats.isEmpty()) {
                out.append("<p class=\"empty\">").append(text("classreport.no-checks")).append("</p>\n</section>\n");
                return;
            }
            out.append("<p class=\"caption\">").append(text("classreport.checks-caption")).append("</p>\n");
            out.append("<table class=\"checks\">\n<thead><tr><th class=\"id\">").append(text("classreport.check"))
                    .append("</th><th>").append(text("classreport.what")).append("</th><th class=\"num\">")
                    .append(text("classreport.points")).append("</th><th class=\"num\">")
                    .append(text("classreport.passed")).append("</th><th class=\"barcol\">")
                    .append(text("classreport.pass-rate")).append("</th></tr></thead>\n<tbody>\n");
            for (CheckStat s : stats) {
                out.append("<tr id=\"check-").append(esc(s.id)).append("\" data-passed=\"").append(s.passed)
                        .append("\" data-graded=\"").append(s.graded).append("\"><td class=\"id\">")
                        .append(esc(s.id)).append("</td><td>").append(inline(s.title));
                if (s.hidden) {
                    out.append(" <span class=\"tag\">").append(text("classreport.hidden")).append("</span>");
                }
                out.append("</td><td class=\"num\">").append(s.points).append("</td><td class=\"num\">")
                        .append(s.passed).append(" / ").append(s.graded).append("</td><td class=\"barcol\">");
                if (s.graded == 0) {
                    out.append("<span class=\"muted\">").append(text("classreport.not-graded")).append("</span>");
                } else {
                    out.append("<span class=\"bar\"><span class=\"fill ").append(rateClass(s.rate()))
                            .append("\" style=\"width: ").append(num(100 * s.rate())).append("%\"></span></span>")
                            .append("<span class=\"pct\">")
                            .append(text("classreport.percent", "percent", percent(s.rate()))).append("</span>");
                }
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }

        // ---- students table -----------------------------------------------------------------------------------

        private void students() {
            out.append("<section id=\"students\">\n<h2>").append(text("classreport.students")).append("</h2>\n");
            if (reports.isEmpty()) {
                out.append("<p class=\"empty\">").append(text("classreport.no-submissions"))
                        .append("</p>\n</section>\n");
                return;
            }
            out.append("<table class=\"students\">\n<thead><tr><th class=\"name\">").append(text("classreport.name"))
                    .append("</th>");
            taskTitles.forEach((number, title) -> out.append("<th class=\"num\" title=\"").append(esc(title))
                    .append("\">").append(taskName(number)).append("<span class=\"sub\">/")
                    .append(taskMax.get(number)).append("</span></th>"));
            out.append("<th class=\"num\">").append(text("report.total")).append("<span class=\"sub\">/")
                    .append(maxTotal).append("</span></th><th>").append(text("classreport.status"))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < reports.size(); i++) {
                GradeReport report = reports.get(i);
                String status = report.status();
                out.append("<tr class=\"").append(statusClass(status.split(";")[0])).append("\" data-total=\"")
                        .append(report.score()).append("\"><td class=\"name\"><a href=\"#").append(anchor(i))
                        .append("\">").append(esc(orDash(report.submission()))).append("</a></td>");
                for (int number : taskTitles.keySet()) {
                    TaskResult task = report.tasks().stream().filter(t -> t.number() == number).findFirst()
                            .orElse(null);
                    out.append("<td class=\"num\">");
                    if (task == null) {
                        out.append("<span class=\"muted\">—</span>");
                    } else {
                        out.append(task.score());
                        if (task.status() != TaskStatus.GRADED) {
                            out.append("<span class=\"why\">").append(statusText(task.status().label()))
                                    .append("</span>");
                        } else if (task.timedOut()) {
                            out.append("<span class=\"why\">").append(statusText("timeout")).append("</span>");
                        }
                    }
                    out.append("</td>");
                }
                out.append("<td class=\"num total\">").append(report.score()).append("</td><td>");
                badges(status);
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n<tfoot><tr><th class=\"name\">")
                    .append(text("classreport.class-mean")).append("</th>");
            for (int number : taskTitles.keySet()) {
                double mean = reports.stream().mapToDouble(r -> r.scoreOf(number).toDouble()).average().orElse(0);
                out.append("<td class=\"num\">").append(esc(figure(mean))).append("</td>");
            }
            out.append("<td class=\"num total\">").append(esc(figure(mean()))).append("</td><td></td></tr></tfoot>\n")
                    .append("</table>\n</section>\n");
        }

        // ---- per student --------------------------------------------------------------------------------------

        private void sections() {
            if (reports.isEmpty()) {
                return;
            }
            out.append("<section id=\"feedback\">\n<h2>").append(text("classreport.feedback"))
                    .append("</h2>\n");
            for (int i = 0; i < reports.size(); i++) {
                student(i, reports.get(i));
            }
            out.append("</section>\n");
        }

        private void student(int index, GradeReport report) {
            out.append("<article class=\"student\" id=\"").append(anchor(index)).append("\">\n<h3><span class=\"name\">")
                    .append(esc(orDash(report.submission()))).append("</span> <span class=\"total\">")
                    .append(report.score()).append('/').append(report.maxScore()).append("</span> ");
            badges(report.status());
            // a seed is an id: a string, so that ICU does not group its digits
            out.append("</h3>\n<p class=\"meta\">").append(text("classreport.meta", "seed",
                    Long.toString(report.seed()), "time", duration(report.seconds())));
            if (report.sandbox() != null && !report.sandbox().equals(info.sandbox())) {
                out.append(" · ").append(text("classreport.other-sandbox", "sandbox",
                        report.sandbox().in(catalog.language())));
            }
            out.append("</p>\n");
            if (!report.notes().isEmpty()) {
                out.append("<ul class=\"notes\">\n");
                for (Localized note : report.notes()) {
                    out.append("<li>").append(multiline(note.in(catalog.language()))).append("</li>\n");
                }
                out.append("</ul>\n");
            }
            for (TaskResult task : report.tasks()) {
                task(task);
            }
            out.append("<p class=\"back\"><a href=\"#students\">").append(text("classreport.back"))
                    .append("</a></p>\n</article>\n");
        }

        private void task(TaskResult task) {
            boolean graded = task.status() == TaskStatus.GRADED;
            boolean full = task.score().equals(task.maxScore());
            out.append("<div class=\"task").append(full && graded ? " full" : "").append("\">\n<h4>")
                    .append(taskName(task.number())).append(" · ").append(esc(task.title().in(catalog.language())))
                    .append(" <span class=\"score\">")
                    .append(task.score()).append('/').append(task.maxScore()).append("</span>");
            if (!graded) {
                out.append(' ').append(badge(task.status().label()));
            }
            if (task.timedOut()) {
                out.append(' ').append(badge("timeout"));
            }
            if (full && graded) {
                out.append(" <span class=\"ok\">").append(text("classreport.all-passed")).append("</span>");
            }
            out.append("</h4>\n");
            for (Localized message : task.messages()) {
                out.append("<pre class=\"message\">").append(esc(message.in(catalog.language()))).append("</pre>\n");
            }
            if (!graded) {
                // Every check carries the same reason: say it once.
                List<String> reasons = task.checks().stream().map(c -> c.feedback().in(catalog.language()))
                        .filter(f -> !f.isBlank())
                        .distinct().toList();
                out.append("<p class=\"ungraded\">")
                        .append(text("classreport.all-lost", "count", task.checks().size()));
                if (reasons.isEmpty()) {
                    out.append(".</p>\n");
                } else {
                    out.append(": </p>\n");
                    for (String reason : reasons) {
                        out.append("<div class=\"fb\">").append(multiline(reason)).append("</div>\n");
                    }
                }
                out.append("</div>\n");
                return;
            }
            List<String> passed = task.checks().stream().filter(CheckResult::passed).map(CheckResult::id).toList();
            if (full) {
                out.append("</div>\n");
                return;
            }
            String previous = null;
            for (CheckResult check : task.checks()) {
                if (check.passed()) {
                    continue;
                }
                out.append("<div class=\"lost\" data-check=\"").append(esc(check.id())).append("\">")
                        .append("<div class=\"check\"><span class=\"cid\">").append(esc(check.id()))
                        .append("</span> <span class=\"ctitle\">").append(inline(check.title().in(catalog.language())))
                        .append("</span> <span class=\"pts\">").append(check.points()).append('/')
                        .append(check.maxPoints()).append("</span></div>");
                String feedback = check.feedback().in(catalog.language());
                if (feedback.equals(previous)) {
                    out.append("<div class=\"fb same\">").append(text("report.same-reason")).append("</div>");
                } else if (!feedback.isBlank()) {
                    out.append("<div class=\"fb\">").append(multiline(feedback)).append("</div>");
                }
                previous = feedback;
                out.append("</div>\n");
            }
            if (!passed.isEmpty()) {
                out.append("<p class=\"passed\">")
                        .append(text("classreport.passed-ids", "ids", String.join(", ", passed))).append("</p>\n");
            }
            out.append("</div>\n");
        }

        private void badges(String status) {
            for (String token : status.split(";")) {
                out.append(badge(token)).append(' ');
            }
        }

        /** A status in the reader's words; its code names the style. */
        private String badge(String status) {
            return "<span class=\"badge " + statusClass(status) + "\">" + statusText(status) + "</span>";
        }

        private String statusText(String status) {
            return text("status." + status);
        }

        private String taskName(int number) {
            // a task's number is an id: a string, so that ICU formats it as it is
            return text("classreport.task", "number", Integer.toString(number));
        }

        /** A catalog entry, escaped: a translation may hold {@code &} or {@code <}, and arguments are plain text. */
        private String text(String key, Object... namesAndValues) {
            return esc(catalog.text(key, namesAndValues));
        }

        /** A figure with one decimal at most, in the language's way: 85.8, 87 (85,8 in Russian). */
        private String figure(double value) {
            return catalog.text("classreport.number", "value", value);
        }

        /** The rounded percentage for {@code classreport.percent}, as a whole number. */
        private static long percent(double rate) {
            return Math.round(rate * 100);
        }

        private String duration(double seconds) {
            if (seconds < 60) {
                return catalog.text("classreport.seconds", "seconds", seconds);
            }
            long whole = Math.round(seconds);
            return catalog.text("classreport.minutes", "seconds", seconds, "minutes", Long.toString(whole / 60),
                    "rest", String.format(Locale.ROOT, "%02d", whole % 60));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static String anchor(int index) {
        return "student-" + (index + 1);
    }

    private static String statusClass(String status) {
        return "st-" + status.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    private static int statusOrder(String status) {
        return switch (status) {
            case "graded" -> 0;
            case "timeout" -> 1;
            case "compile-error" -> 2;
            case "missing" -> 3;
            case "invalid" -> 4;
            default -> 5;
        };
    }

    private static String rateClass(double rate) {
        return rate >= 0.8 ? "good" : rate >= 0.5 ? "fair" : "poor";
    }

    /** Orders {@code 1.2} before {@code 1.10}: numeric parts as numbers, others as text. */
    static int compareIds(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            if (x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")) {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * Escapes text for an element's content or an attribute value. Line ends become {@code \n}; other control
     * characters, which are not allowed in XML and would be invisible, become their Unicode pictures; a lone
     * surrogate becomes U+FFFD.
     */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n', '\t' -> b.append(c);
                default -> {
                    if (c < 0x20) {
                        b.append((char) (0x2400 + c));
                    } else if (c == 0x7F) {
                        b.append('\u2421');
                    } else if (c == '\uFFFE' || c == '\uFFFF') {
                        b.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append('\uFFFD');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");

    /** Escaped text with its {@code `code`} spans set in a monospaced font (instead of the backticks). */
    private static String inline(String text) {
        Matcher m = CODE.matcher(esc(text));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Like {@link #inline}; the block it goes into keeps line breaks and indentation. */
    private static String multiline(String text) {
        return inline(text == null ? "" : text.stripTrailing());
    }

    private static final String CSS = """
            :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #3b6a96; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; background: #fff; color: var(--fg);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
                "DejaVu Sans", "Liberation Sans", sans-serif; }
            main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
            h1 { font-size: 1.65rem; font-weight: 650; margin: 0 0 .2rem; }
            h2 { font-size: 1.2rem; font-weight: 650; margin: 2.4rem 0 .8rem; padding-bottom: .3rem;
              border-bottom: 1px solid var(--line); }
            h3 { font-size: 1.1rem; font-weight: 650; margin: 0 0 .2rem; }
            h4 { font-size: 1rem; font-weight: 600; margin: 0 0 .4rem; }
            a { color: var(--accent); }
            code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono",
              "Liberation Mono", monospace; font-size: .88em; }
            code { background: var(--soft); border-radius: 3px; padding: 0 .2em; }
            .lead { color: var(--muted); margin: 0 0 1rem; }
            .muted, .caption { color: var(--muted); }
            .caption { margin: -.3rem 0 .8rem; font-size: .92rem; }
            .empty { color: var(--muted); font-style: italic; }
            .facts { display: flex; flex-wrap: wrap; gap: .6rem; margin: 0 0 .8rem; }
            .facts div { flex: 0 1 11rem; border: 1px solid var(--line); border-radius: 6px;
              padding: .5rem .8rem; }
            .run { display: flex; flex-wrap: wrap; gap: .3rem 1.8rem; margin: 0 0 .8rem; font-size: .92rem; }
            .run dt { color: var(--muted); font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; }
            .run dd { margin: 0; font-weight: 600; }
            .facts dt { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
            .facts dd { margin: 0; font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; }
            .statuses { margin: 0; }
            .status-count { margin-right: .9rem; white-space: nowrap; }
            .badge { display: inline-block; border: 1px solid; border-radius: 999px; padding: 0 .55em;
              font-size: .78rem; font-weight: 600; line-height: 1.55; white-space: nowrap; vertical-align: .1em; }
            .badge.st-graded { color: #1a6334; background: #e7f4eb; border-color: #9fcfae; }
            .badge.st-timeout { color: #7a4d00; background: #fff4d4; border-color: #e3c36b; }
            .badge.st-compile-error { color: #9a2520; background: #fdeceb; border-color: #eba9a4; }
            .badge.st-missing { color: #4a5560; background: #eef1f4; border-color: #b8c1ca; }
            .badge.st-invalid { color: #6a2c97; background: #f4ebfb; border-color: #cdaee6; }
            .histogram { display: block; width: 100%; max-width: 760px; height: auto; }
            .histogram text { font-size: 13px; fill: #424a53; }
            .histogram text.count { font-weight: 600; fill: var(--fg); }
            .histogram text.zero { fill: #9aa4ae; font-weight: 400; }
            table { border-collapse: collapse; width: 100%; font-size: .93rem; }
            th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line);
              vertical-align: top; }
            thead th { font-weight: 600; border-bottom: 2px solid var(--line); white-space: nowrap;
              vertical-align: bottom; }
            tfoot th, tfoot td { border-top: 2px solid var(--line); border-bottom: 0; font-weight: 600; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .id { white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 600; }
            .sub { color: var(--muted); font-weight: 400; font-size: .8em; }
            table.checks .barcol { width: 14rem; white-space: nowrap; }
            .bar { display: inline-block; width: 9rem; height: .7rem; background: #e8ecf0; border-radius: 3px;
              overflow: hidden; vertical-align: middle; }
            .fill { display: block; height: 100%; }
            .fill.good { background: #4e8f6c; }
            .fill.fair { background: #c39a3e; }
            .fill.poor { background: #b8574f; }
            .pct { display: inline-block; width: 3.2rem; text-align: right; font-variant-numeric: tabular-nums; }
            .tag { color: var(--muted); font-size: .8em; border: 1px solid var(--line); border-radius: 3px;
              padding: 0 .3em; white-space: nowrap; }
            ol.mistakes { margin: 0; padding-left: 1.6rem; }
            ol.mistakes li { margin: 0 0 .55rem; }
            ol.mistakes .cid { font-weight: 600; }
            .rate { color: var(--muted); white-space: nowrap; }
            .reason { color: var(--muted); font-size: .9rem; }
            table.students tbody tr:nth-child(even) { background: #f8f9fb; }
            table.students tbody tr:hover { background: #eef3f8; }
            table.students td.name { overflow-wrap: anywhere; }
            table.students .total { font-weight: 600; }
            .why { display: block; color: #8a5a00; font-size: .72rem; line-height: 1.2; }
            table.students tr.st-compile-error .why, table.students tr.st-invalid .why { color: #9a2520; }
            article.student { border-top: 1px solid var(--line); padding: 1.2rem 0 .4rem; }
            article.student:first-of-type { border-top: 0; padding-top: 0; }
            article.student h3 .total { color: var(--muted); font-weight: 600; margin-left: .3rem; }
            .meta { color: var(--muted); font-size: .88rem; margin: 0 0 .6rem; }
            ul.notes { margin: 0 0 .6rem; padding-left: 1.2rem; }
            .task { border-left: 3px solid var(--line); padding: .1rem 0 .1rem .9rem; margin: 0 0 .9rem; }
            .task.full { border-left-color: #9fcfae; margin-bottom: .5rem; }
            .task.full h4 { margin: 0; }
            .ok { color: #1a6334; font-weight: 400; font-size: .88rem; margin-left: .4rem; }
            .task .score { color: var(--muted); margin-left: .3rem; }
            .lost { margin: 0 0 .7rem; }
            .check .cid { font-weight: 600; margin-right: .2rem; }
            .check .pts { color: #9a2520; font-weight: 600; white-space: nowrap; margin-left: .3rem; }
            .fb { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); border-radius: 4px;
              padding: .45rem .7rem; margin-top: .25rem; font-size: .92rem; }
            .fb code { background: #e6eaef; }
            .fb.same { color: var(--muted); font-style: italic; background: none; padding: 0 .7rem; }
            pre.message { white-space: pre-wrap; overflow-wrap: anywhere; background: #fdf6f5;
              border: 1px solid #f0d3d0; border-radius: 4px; padding: .45rem .7rem; margin: .25rem 0 .5rem; }
            .ungraded { margin: .2rem 0; }
            .passed { color: var(--muted); font-size: .88rem; margin: .2rem 0 0; }
            .back { margin: .2rem 0 0; font-size: .85rem; }
            @media print {
              body { font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              a { color: inherit; text-decoration: none; }
              h2, h3, h4 { break-after: avoid; }
              .task, tr, ol.mistakes li, .facts div, svg { break-inside: avoid; }
              .back { display: none; }
              table.students tbody tr:hover { background: none; }
            }
            """;
}
