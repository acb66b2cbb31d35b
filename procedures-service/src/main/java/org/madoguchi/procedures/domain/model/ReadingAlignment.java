package org.madoguchi.procedures.domain.model;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.procedures.domain.model.Furigana.Segment;

/**
 * How a reading lies over the characters of a text. The kana written in the text (okurigana, particles) are read
 * as written, so they anchor the reading and stay plain; each run of kanji takes the part of the reading between
 * its anchors: 届け出 + とどけで gives 届(とど) け 出(で). Where the anchors do not fix one way to lay the reading
 * (the kana are not found in it, or found in more than one place), the kana at both ends that the reading starts
 * and ends with stay plain and the rest of the reading lies over everything between them, kanji and all.
 */
final class ReadingAlignment {

    private ReadingAlignment() {
    }

    /**
     * The text's segments with the reading over its kanji.
     *
     * @param text    the text, not empty
     * @param reading its reading in hiragana, single spaces between words allowed; {@code null} or empty: unknown
     */
    static List<Segment> segments(String text, String reading) {
        List<Run> runs = Run.of(text);
        if (reading == null || reading.isBlank() || runs.stream().noneMatch(run -> run.script == Script.KANJI)) {
            return List.of(Segment.plain(text));
        }
        long spaceRuns = runs.stream().filter(run -> run.script == Script.SPACE).count();
        // spaces in the reading anchor it only where they stand for the text's spaces one for one
        boolean spacesAnchor = spaceRuns > 0 && spaceRuns == reading.chars().filter(c -> c == ' ').count();
        String laid = spacesAnchor ? reading : unspaced(reading);
        if (runs.stream().noneMatch(run -> run.script == Script.OTHER)) {
            byte[][] ways = ways(runs, laid, spacesAnchor);
            if (ways[0][0] == 1) {
                return laidOver(runs, laid, spacesAnchor, ways);
            }
        }
        return overTheCore(runs, unspaced(reading));
    }

    /**
     * A reading as the registry or a dictionary writes it, in hiragana: katakana and half-width kana turned into
     * hiragana, ・ dropped, spaces collapsed to one; {@code null} when absent, blank or not kana.
     */
    static String spelled(String reading) {
        String hiragana = Kana.toHiragana(reading);
        if (hiragana == null) {
            return null;
        }
        String spelled = hiragana.replace("・", "").strip().replaceAll(" +", " ");
        return spelled.isEmpty() ? null : spelled;
    }

    /** The reading without its spaces; {@code null} stays {@code null}, and so does a reading of spaces only. */
    static String unspaced(String reading) {
        if (reading == null) {
            return null;
        }
        String unspaced = reading.replace(" ", "");
        return unspaced.isEmpty() ? null : unspaced;
    }

    /**
     * The reading of a text as the dictionary reads its words, to compare with a stored reading: the words with kanji
     * by their readings, the others by the kana written in them; {@code null} when a word with kanji has no reading.
     */
    static String readingOf(List<WordReading> words) {
        StringBuilder reading = new StringBuilder();
        for (WordReading word : words) {
            if (Script.hasKanji(word.text())) {
                if (word.reading() == null) {
                    return null;
                }
                reading.append(word.reading());
            } else {
                Run.of(word.text()).stream().filter(run -> run.script == Script.KANA).forEach(run -> reading.append(run.kana));
            }
        }
        return reading.toString();
    }

    /**
     * For each run {@code i} and position {@code p} in the reading, in how many ways (0, 1, or 2 for "more than one")
     * the runs from {@code i} on can be laid over the reading from {@code p} on: kana exactly as written, spaces as
     * one space of the reading where they anchor it (else as nothing), marks as nothing, kanji as one or more
     * characters without a space.
     */
    private static byte[][] ways(List<Run> runs, String reading, boolean spacesAnchor) {
        int n = reading.length();
        byte[][] ways = new byte[runs.size() + 1][n + 1];
        ways[runs.size()][n] = 1;
        byte[] within = new byte[n + 1];
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run run = runs.get(i);
            byte[] next = ways[i + 1];
            byte[] here = ways[i];
            switch (run.script) {
                case KANA -> {
                    for (int p = 0; p + run.kana.length() <= n; p++) {
                        here[p] = reading.startsWith(run.kana, p) ? next[p + run.kana.length()] : 0;
                    }
                }
                case SPACE -> {
                    for (int p = 0; p <= n; p++) {
                        here[p] = !spacesAnchor ? next[p] : p < n && reading.charAt(p) == ' ' ? next[p + 1] : 0;
                    }
                }
                case MARK -> System.arraycopy(next, 0, here, 0, n + 1);
                case KANJI -> {
                    // within[q]: the ways on from any end q' >= q of a kanji reading that reaches no further than a space
                    within[n] = next[n];
                    for (int q = n - 1; q >= 0; q--) {
                        within[q] = reading.charAt(q) == ' ' ? next[q] : (byte) Math.min(2, next[q] + within[q + 1]);
                    }
                    for (int p = 0; p < n; p++) {
                        here[p] = reading.charAt(p) == ' ' ? 0 : within[p + 1];
                    }
                }
                case OTHER -> {
                    // letters and digits may be read or not: they anchor nothing, and segments() lays no reading
                    // over runs of them this way
                }
            }
        }
        return ways;
    }

    /** The segments of the one way the reading lies over the runs. */
    private static List<Segment> laidOver(List<Run> runs, String reading, boolean spacesAnchor, byte[][] ways) {
        List<Segment> segments = new ArrayList<>(runs.size());
        int p = 0;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            switch (run.script) {
                case KANA -> p += run.kana.length();
                case SPACE -> p += spacesAnchor ? 1 : 0;
                case KANJI -> {
                    int end = p + 1;
                    while (ways[i + 1][end] == 0) {
                        end++;
                    }
                    segments.add(new Segment(run.text, reading.substring(p, end)));
                    p = end;
                    continue;
                }
                default -> {
                }
            }
            segments.add(Segment.plain(run.text));
        }
        return segments;
    }

    /**
     * The reading over everything between the kana it starts and ends with: those kana (and the spaces and marks
     * beside them) stay plain, the rest of the text is one segment.
     */
    private static List<Segment> overTheCore(List<Run> runs, String reading) {
        int from = 0;
        int to = runs.size();
        int start = 0;
        int end = reading.length();
        while (from < to && runs.get(from).script != Script.KANJI && runs.get(from).script != Script.OTHER) {
            Run run = runs.get(from);
            if (run.script == Script.KANA) {
                if (end - start < run.kana.length() || !reading.startsWith(run.kana, start)) {
                    break;
                }
                start += run.kana.length();
            }
            from++;
        }
        while (to > from && runs.get(to - 1).script != Script.KANJI && runs.get(to - 1).script != Script.OTHER) {
            Run run = runs.get(to - 1);
            if (run.script == Script.KANA) {
                if (end - start < run.kana.length() || !reading.startsWith(run.kana, end - run.kana.length())) {
                    break;
                }
                end -= run.kana.length();
            }
            to--;
        }
        List<Segment> segments = new ArrayList<>();
        runs.subList(0, from).forEach(run -> segments.add(Segment.plain(run.text)));
        StringBuilder core = new StringBuilder();
        runs.subList(from, to).forEach(run -> core.append(run.text));
        segments.add(new Segment(core.toString(), start < end ? reading.substring(start, end) : null));
        runs.subList(to, runs.size()).forEach(run -> segments.add(Segment.plain(run.text)));
        return segments;
    }

    /**
     * Characters of one script in a row.
     *
     * @param text   the characters
     * @param script how they are written; kana that cannot be spelled in hiragana (ヽ) count as {@link Script#OTHER}
     * @param kana   for kana, how they read in hiragana
     */
    private record Run(String text, Script script, String kana) {

        static List<Run> of(String text) {
            List<Run> runs = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                Script script = Script.of(text.codePointAt(start));
                int end = start + Character.charCount(text.codePointAt(start));
                while (end < text.length() && Script.of(text.codePointAt(end)) == script) {
                    end += Character.charCount(text.codePointAt(end));
                }
                runs.add(run(text.substring(start, end), script));
                start = end;
            }
            return runs;
        }

        private static Run run(String text, Script script) {
            if (script != Script.KANA) {
                return new Run(text, script, null);
            }
            String kana = unspaced(spelled(text));
            return kana == null ? new Run(text, Script.OTHER, null) : new Run(text, script, kana);
        }
    }
}
