package org.madoguchi.procedures.adapter.out.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How Japanese text is cut into searchable terms. Two views of the same text:
 * <ul>
 * <li><b>words</b>: Kuromoji morphological analysis in search mode (compounds also split into their
 * parts), base forms, particles dropped, full/half-width folded: 妊娠届 → 妊娠, 届;</li>
 * <li><b>grams</b>: overlapping one- and two-character grams after folding width, case and hiragana
 * to katakana, so that any part of a word matches and にんしん finds ニンシン.</li>
 * </ul>
 * Readings: the Kuromoji reading of a name (妊娠届 → ニンシントドケ) is indexed in grams beside the
 * reading staff typed, so a query in kana finds a name written in kanji; the same analysis, word by word, gives
 * the furigana of texts ({@link #readWords}).
 */
public final class JapaneseAnalysis {

    private static final NormalizeCharMap HIRAGANA_TO_KATAKANA = hiraganaToKatakana();

    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
            stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
            stream = new JapaneseKatakanaStemFilter(stream);
            stream = new LowerCaseFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    private final Analyzer indexGrams = grams(1, 2);
    private final Analyzer unigrams = grams(1, 1);
    private final Analyzer bigrams = grams(2, 2);

    private final Analyzer reading = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
            return new TokenStreamComponents(tokenizer, new JapaneseReadingFormFilter(tokenizer, false));
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    /** Kuromoji words: for names, descriptions, departments, form titles. */
    public Analyzer words() {
        return words;
    }

    /** One- and two-character grams, as indexed. */
    public Analyzer indexGrams() {
        return indexGrams;
    }

    /** The grams a query term is looked up by: bigrams, or the one character of a one-character term. */
    public List<String> queryGrams(String field, String term) {
        List<String> grams = terms(bigrams, field, term);
        return grams.isEmpty() ? terms(unigrams, field, term) : grams;
    }

    /** Kuromoji words of a query term. */
    public List<String> queryWords(String field, String term) {
        return terms(words, field, term);
    }

    /** The reading of a text in katakana, as Kuromoji reads it: 妊娠届 → ニンシントドケ. */
    public String readingOf(String text) {
        return String.join("", terms(reading, "reading", text));
    }

    /**
     * The words of a text as {@link #readingOf} reads them, each with where it lies in the text and its reading in
     * katakana ({@code null} when Kuromoji does not know the word): 妊娠届 → 妊娠 [0, 2) ニンシン, 届 [2, 3) トドケ.
     * Spaces and punctuation are no words: they lie between them.
     */
    public List<ReadWord> readWords(String text) {
        List<ReadWord> words = new ArrayList<>();
        try (TokenStream stream = reading.tokenStream("reading", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            ReadingAttribute word = stream.addAttribute(ReadingAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new ReadWord(offset.startOffset(), offset.endOffset(), word.getReading()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * A word of a text as Kuromoji reads it.
     *
     * @param start   where it starts in the text (a {@code char} index)
     * @param end     where it ends, exclusive
     * @param reading its reading in katakana; {@code null} when Kuromoji does not know the word
     */
    public record ReadWord(int start, int end, String reading) {
    }

    /** Whether a query term is written in kana only (and so can be matched against readings). */
    public static boolean isKana(String term) {
        String folded = fold(term);
        if (folded.isEmpty()) {
            return false;
        }
        return folded.codePoints().allMatch(c -> (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC);
    }

    /** Width, hiragana and case folded as the gram fields fold them. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        try (Reader reader = new MappingCharFilter(HIRAGANA_TO_KATAKANA, new CJKWidthCharFilter(new StringReader(text)))) {
            char[] buffer = new char[256];
            for (int read = reader.read(buffer); read > 0; read = reader.read(buffer)) {
                folded.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded.toString().strip();
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer grams(int min, int max) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new NGramTokenizer(min, max) {
                    @Override
                    protected boolean isTokenChar(int c) {
                        return Character.isLetterOrDigit(c);
                    }
                };
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new MappingCharFilter(HIRAGANA_TO_KATAKANA, new CJKWidthCharFilter(reader));
            }
        };
    }

    private static NormalizeCharMap hiraganaToKatakana() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (char c = '\u3041'; c <= '\u3096'; c++) {
            map.add(String.valueOf(c), String.valueOf((char) (c + 0x60)));
        }
        map.add("ゝ", "ヽ");
        map.add("ゞ", "ヾ");
        return map.build();
    }
}
