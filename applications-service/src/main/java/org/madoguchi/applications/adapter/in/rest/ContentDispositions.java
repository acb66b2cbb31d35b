package org.madoguchi.applications.adapter.in.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Content-Disposition} header of uploads and downloads (RFC 6266), with file names in any script through
 * the {@code filename*} parameter (RFC 8187, formerly RFC 5987: {@code filename*=UTF-8''%E7%94%B3%E8%AB%8B.pdf}).
 */
final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDispositions() {
    }

    /**
     * The file name a request's header gives: {@code filename*} when it is present and decodable (UTF-8 or
     * ISO-8859-1), else {@code filename}; empty when the header names no file.
     */
    static Optional<String> fileName(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> parameters = parameters(header);
        return Optional.ofNullable(parameters.get("filename*")).flatMap(ContentDispositions::extendedValue)
                .or(() -> Optional.ofNullable(parameters.get("filename")))
                .filter(name -> !name.isBlank());
    }

    /**
     * The header of a download: {@code attachment}, an ASCII {@code filename} for old clients (other characters
     * replaced by {@code _}) and the exact name as UTF-8 in {@code filename*}.
     */
    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i++;
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < header.length() && header.charAt(start) == ' ') {
                start++;
            }
            StringBuilder value = new StringBuilder();
            int end;
            if (start < header.length() && header.charAt(start) == '"') {
                end = start + 1;
                while (end < header.length() && header.charAt(end) != '"') {
                    if (header.charAt(end) == '\\' && end + 1 < header.length()) {
                        end++;
                    }
                    value.append(header.charAt(end));
                    end++;
                }
                end = header.indexOf(';', end);
            } else {
                end = header.indexOf(';', start);
                value.append(header, start, end < 0 ? header.length() : end);
            }
            parameters.putIfAbsent(name, value.toString().strip());
            i = end;
        }
        return parameters;
    }

    /** {@code charset'language'percent-encoded} decoded, if the charset is one we read and the bytes fit it. */
    private static Optional<String> extendedValue(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        String charsetName = value.substring(0, first).strip();
        Charset charset;
        if (charsetName.equalsIgnoreCase("UTF-8")) {
            charset = StandardCharsets.UTF_8;
        } else if (charsetName.equalsIgnoreCase("ISO-8859-1")) {
            charset = StandardCharsets.ISO_8859_1;
        } else {
            return Optional.empty();
        }
        String encoded = value.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    private static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    private static String encoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }
}
