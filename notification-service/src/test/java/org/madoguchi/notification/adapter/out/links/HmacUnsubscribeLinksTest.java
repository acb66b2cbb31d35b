package org.madoguchi.notification.adapter.out.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.application.port.out.UnsubscribeLinks;
import org.madoguchi.notification.application.port.out.UnsubscribeLinksContract;
import org.madoguchi.notification.domain.model.InvalidUnsubscribeLink;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.UnsubscribeToken;

/** The {@link UnsubscribeLinksContract} held against {@link HmacUnsubscribeLinks}, and what its signature adds. */
class HmacUnsubscribeLinksTest extends UnsubscribeLinksContract {

    private final HmacUnsubscribeLinks links = new HmacUnsubscribeLinks("a-secret-of-some-length");

    @Override
    protected UnsubscribeLinks links() {
        return links;
    }

    @Test
    void a_signed_token_is_url_safe() {
        assertThat(links.sign(new UnsubscribeToken("5f0c1c2e-citizen", NotificationKind.RETURN_REMINDER)))
                .matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void a_token_signed_with_another_secret_or_altered_is_refused() {
        String signed = links.sign(new UnsubscribeToken("s-1", NotificationKind.ANNOUNCEMENT));
        String otherPerson = links.sign(new UnsubscribeToken("s-2", NotificationKind.ANNOUNCEMENT));

        assertThatThrownBy(() -> new HmacUnsubscribeLinks("another-secret-entirely").verify(signed))
                .isInstanceOf(InvalidUnsubscribeLink.class);
        assertThatThrownBy(() -> links.verify(otherPerson.substring(0, otherPerson.indexOf('.'))
                + signed.substring(signed.indexOf('.')))).isInstanceOf(InvalidUnsubscribeLink.class);
    }

    @Test
    void any_text_is_refused_as_an_invalid_link_unless_this_service_signed_it() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 80)).checkAssert(text ->
                assertThatThrownBy(() -> links.verify(text)).isInstanceOf(InvalidUnsubscribeLink.class));
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new HmacUnsubscribeLinks("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
