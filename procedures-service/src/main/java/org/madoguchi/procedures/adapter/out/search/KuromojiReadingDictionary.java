package org.madoguchi.procedures.adapter.out.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.procedures.application.port.out.ReadingDictionary;
import org.madoguchi.procedures.domain.model.WordReading;

/**
 * The reading dictionary of the search: Kuromoji reads a text word by word as it reads procedure names for the
 * index ({@link JapaneseAnalysis#readWords}); what lies between its words (spaces, punctuation) becomes words
 * without reading, so that the words always concatenate to the text.
 */
@ApplicationScoped
public class KuromojiReadingDictionary implements ReadingDictionary {

    private final JapaneseAnalysis analysis = new JapaneseAnalysis();

    @Override
    public List<WordReading> words(String text) {
        List<WordReading> words = new ArrayList<>();
        int at = 0;
        for (JapaneseAnalysis.ReadWord word : analysis.readWords(text)) {
            int start = Math.max(at, boundary(text, word.start()));
            int end = Math.min(text.length(), boundary(text, word.end()));
            if (end <= start) {
                continue;
            }
            if (start > at) {
                words.add(WordReading.unknown(text.substring(at, start)));
            }
            words.add(new WordReading(text.substring(start, end), word.reading()));
            at = end;
        }
        if (at < text.length()) {
            words.add(WordReading.unknown(text.substring(at)));
        }
        return words;
    }

    /** The offset, moved past the low surrogate where it would cut a character in two. */
    private static int boundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1 : offset;
    }
}
