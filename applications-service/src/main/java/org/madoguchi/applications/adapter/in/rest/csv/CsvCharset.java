package org.madoguchi.applications.adapter.in.rest.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

import org.madoguchi.platform.problem.ProblemException;

/**
 * The character sets CSV files come in: UTF-8 (with or without BOM), or Shift_JIS as Windows and Excel
 * write it (CP932, with the NEC and IBM extensions). Without a declared one, bytes that are not valid
 * UTF-8 are read as CP932.
 */
public final class CsvCharset {

    /** Windows-31J: Shift_JIS as Windows and Excel write it (with NEC and IBM extensions). */
    public static final Charset CP932 = Charset.forName("MS932");

    private CsvCharset() {
    }

    /**
     * The character set of an upload: the declared one (Shift_JIS, SJIS, CP932, Windows-31J all mean
     * CP932), or UTF-8 when the bytes are valid UTF-8, else CP932.
     *
     * @throws ProblemException 400 {@code usage-csv-encoding} for any other declared name
     */
    public static Charset of(byte[] bytes, String declared) {
        if (declared != null && !declared.isBlank()) {
            return named(declared);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return CP932;
        }
    }

    /**
     * The character set a caller names; blank is UTF-8.
     *
     * @throws ProblemException 400 {@code usage-csv-encoding} for a name that is neither UTF-8 nor Shift_JIS
     */
    public static Charset named(String declared) {
        if (declared == null || declared.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        return switch (declared.strip().toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "shift-jis", "sjis", "cp932", "ms932", "windows-31j", "x-sjis" -> CP932;
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            default -> throw ProblemException.badRequest("usage-csv-encoding", declared);
        };
    }

    /** The {@code charset} parameter of a content type, if it has one. */
    public static String declaredIn(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MediaType.valueOf(contentType).getParameters().get("charset");
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The text of an upload in its character set, without a BOM; bytes that the set cannot read are refused. */
    public static String decode(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException unreadable) {
            throw ProblemException.badRequest("usage-csv-unreadable", displayName(charset));
        }
    }

    /** The name people know the character set by: Shift_JIS for CP932. */
    public static String displayName(Charset charset) {
        return charset.equals(CP932) ? "Shift_JIS" : charset.name();
    }
}
