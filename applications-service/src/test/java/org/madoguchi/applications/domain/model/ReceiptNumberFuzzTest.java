/*
 * Fuzz test of ReceiptNumber.parse, which reads what people type (the anonymous status lookup, the inbox filter).
 *
 * A normal build (./mvnw verify) runs it as a regression test only: once on the empty input and once on each
 * file under src/test/resources/org/madoguchi/applications/domain/model/ReceiptNumberFuzzTestInputs/<method>/
 * (the file's bytes, read as UTF-8). It does not fuzz.
 *
 * A bounded fuzzing session (maxDuration below, 60 s) runs with JAZZER_FUZZ=1, one fuzz test at a time:
 *
 *   JAZZER_FUZZ=1 flock /tmp/mvn.lock ./mvnw -o -B -ntp -pl applications-service -am test \
 *       -Dtest=ReceiptNumberFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 *
 * Inputs it finds interesting go to applications-service/.cifuzz-corpus/ (not committed); the first input that
 * fails ends the session and is written to the inputs directory above, where it fails the normal build until it
 * is fixed.
 */
package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.madoguchi.platform.failure.InvalidInput;

import com.code_intelligence.jazzer.junit.FuzzTest;

class ReceiptNumberFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void typed_text_is_either_a_receipt_number_that_prints_and_reads_back_as_itself_or_refused_as_invalid_input(
            byte[] typed) {
        String text = new String(typed, StandardCharsets.UTF_8);
        ReceiptNumber number;
        try {
            number = ReceiptNumber.parse(text);
        } catch (InvalidInput refused) {
            assertThat(refused.violations()).as("why %s is refused", text).isNotEmpty();
            return;
        }
        assertThat(number.sequence()).isPositive();
        assertThat(number.toString()).matches("[RHS][0-9]{1,2}-[0-9]{6,12}");
        assertThat(ReceiptNumber.parse(number.toString())).as("%s read from %s", number, text).isEqualTo(number);
    }
}
