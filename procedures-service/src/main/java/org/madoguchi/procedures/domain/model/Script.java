package org.madoguchi.procedures.domain.model;

/**
 * How a character is written, as far as furigana go: kanji take a reading, kana are read as written, spaces and
 * punctuation are not read, and other letters and digits (Latin, numbers) may be read or not.
 */
enum Script {

    /**
     * A kanji: a CJK ideograph, the iteration marks 々 and 〻, 〆, and the small ヶ and ヵ, which the dictionary reads
     * with the kanji around them (市ヶ谷 いちがや, 一ヶ月 いっかげつ).
     */
    KANJI,
    /** Hiragana, katakana (full or half width) and the prolonged sound mark ー. */
    KANA,
    /** A space, a tab or a line break. */
    SPACE,
    /** Punctuation and symbols: nothing that is read. */
    MARK,
    /** Any other letter or digit: Latin, numbers, Hangul. */
    OTHER;

    /** How the character at this code point is written. */
    static Script of(int codePoint) {
        if (codePoint == 'ヶ' || codePoint == 'ヵ' || Character.isIdeographic(codePoint)
                || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return KANJI;
        }
        if (isKana(codePoint)) {
            return KANA;
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return SPACE;
        }
        return Character.isLetterOrDigit(codePoint) ? OTHER : MARK;
    }

    /** Whether the text holds at least one kanji. */
    static boolean hasKanji(String text) {
        return text.codePoints().anyMatch(c -> of(c) == KANJI);
    }

    private static boolean isKana(int c) {
        return (c >= 0x3041 && c <= 0x3096) // hiragana
                || (c >= 0x3099 && c <= 0x309A) // combining voiced sound marks
                || (c >= 0x309D && c <= 0x309F) // ゝ ゞ ゟ
                || (c >= 0x30A1 && c <= 0x30FA) // katakana (ヵ and ヶ are taken as kanji above)
                || (c >= 0x30FC && c <= 0x30FF) // ー ヽ ヾ ヿ
                || (c >= 0x31F0 && c <= 0x31FF) // small katakana extensions
                || (c >= 0xFF66 && c <= 0xFF9F); // half-width katakana, ｰ, ﾞ and ﾟ
    }
}
