package org.madoguchi.procedures.application.port.out;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.procedures.domain.model.WordReading;

/**
 * A {@link ReadingDictionary} that knows the words it is taught and reads a text by the longest taught word at each
 * place; every other character is a word of its own without reading.
 */
public class InMemoryReadingDictionary implements ReadingDictionary {

    /** The words the contract asks about. */
    public static final Map<String, String> TAUGHT = Map.of("妊娠", "ニンシン", "届", "トドケ", "住民", "ジュウミン", "票",
            "ヒョウ", "の", "ノ", "写し", "ウツシ", "交付", "コウフ", "請求", "セイキュウ");

    private final Map<String, String> readings = new HashMap<>(TAUGHT);

    /** Teaches a word with its reading (in kana). */
    public InMemoryReadingDictionary teach(String word, String reading) {
        readings.put(word, reading);
        return this;
    }

    @Override
    public List<WordReading> words(String text) {
        List<WordReading> words = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = longestTaughtFrom(text, at);
            if (end > at) {
                words.add(new WordReading(text.substring(at, end), readings.get(text.substring(at, end))));
            } else {
                end = text.offsetByCodePoints(at, 1);
                words.add(WordReading.unknown(text.substring(at, end)));
            }
            at = end;
        }
        return words;
    }

    private int longestTaughtFrom(String text, int at) {
        int longest = at;
        for (String word : readings.keySet()) {
            if (text.startsWith(word, at) && at + word.length() > longest) {
                longest = at + word.length();
            }
        }
        return longest;
    }
}
