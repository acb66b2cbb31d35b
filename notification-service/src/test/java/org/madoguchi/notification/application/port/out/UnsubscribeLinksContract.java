package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.InvalidUnsubscribeLink;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.UnsubscribeToken;

/** What {@link UnsubscribeLinks} promises: what it signs reads back, what it did not sign is refused. */
public abstract class UnsubscribeLinksContract {

    protected abstract UnsubscribeLinks links();

    @Test
    void a_signed_token_reads_back_as_the_person_and_kind_it_was_made_for() {
        UnsubscribeToken token = new UnsubscribeToken("5f0c1c2e-citizen", NotificationKind.RETURN_REMINDER);

        assertThat(links().verify(links().sign(token))).isEqualTo(token);
    }

    @Test
    void a_token_it_did_not_sign_is_an_invalid_link() {
        assertThatThrownBy(() -> links().verify("made-up")).isInstanceOf(InvalidUnsubscribeLink.class);
        assertThatThrownBy(() -> links().verify(null)).isInstanceOf(InvalidUnsubscribeLink.class);
    }
}
