package org.madoguchi.procedures.adapter.in.rest;

/**
 * One text to read.
 *
 * @param text    the text as the page shows it, up to 500 characters; may be empty
 * @param reading the よみがな the registry stores for it (hiragana or katakana), optional; it wins over the dictionary
 */
public record TextRequest(String text, String reading) {
}
