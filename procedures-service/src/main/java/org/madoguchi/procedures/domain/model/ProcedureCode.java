package org.madoguchi.procedures.domain.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * 手続きコード: the stable, unique code of a procedure, the key of imports and exports, e.g.
 * {@code R4-KENKO-001}. Full-width letters and digits typed in Excel are folded to ASCII.
 */
public record ProcedureCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    public ProcedureCode {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("", "not-blank");
        }
        value = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (!FORMAT.matcher(value).matches()) {
            throw InvalidInput.of("", "procedure-code-format");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
