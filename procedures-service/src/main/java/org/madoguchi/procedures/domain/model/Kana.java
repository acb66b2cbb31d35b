package org.madoguchi.procedures.domain.model;

import java.text.Normalizer;

/** よみがな: the reading of a name in kana, kept in hiragana so that every spelling of it compares alike. */
public final class Kana {

    private Kana() {
    }

    /**
     * The reading in hiragana: half-width katakana widened (NFKC), katakana turned into hiragana,
     * spaces collapsed; {@code null} when the text contains anything but kana, the prolonged sound
     * mark, the middle dot and spaces.
     */
    public static String toHiragana(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        StringBuilder reading = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= '\u30A1' && c <= '\u30F6') {
                reading.append((char) (c - 0x60));
            } else if ((c >= '\u3041' && c <= '\u3096') || c == 'ー' || c == '・' || c == ' ' || c == 'ゝ' || c == 'ゞ') {
                reading.append(c);
            } else {
                return null;
            }
        }
        return reading.toString();
    }
}
