package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.ConcurrentChange;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * What {@link DisasterDeclarations} (災害モード) promises, in memory and on PostgreSQL alike. A declaration for
 * every site would restrict the other tests' bookings, so the one this contract makes is lifted within its test.
 */
public abstract class DisasterDeclarationsContract extends OutPortContract {

    private DisasterDeclarations declarations() {
        return ports().declarations();
    }

    private DisasterDeclaration declared(Set<SiteCode> sites, int atHour) {
        DisasterDeclaration declaration = DisasterDeclaration.declare(sites, hour(atHour + 1), "豪雨災害", "info-1",
                hour(atHour));
        madeDeclaration(declaration.id());
        inTransaction(() -> declarations().add(declaration));
        return declaration;
    }

    @Test
    void a_declaration_for_some_sites_reads_back_the_same() {
        Site one = freshSite();
        Site other = freshSite();

        DisasterDeclaration declaration = declared(Set.of(one.code(), other.code()), 0);

        assertThat(inTransaction(() -> declarations().declaration(declaration.id()))).hasValueSatisfying(d -> {
            assertThat(d).isEqualTo(declaration);
            assertThat(d.siteCodes()).containsExactlyInAnyOrder(one.code(), other.code());
            assertThat(d.allSites()).isFalse();
            assertThat(d.lifted()).isFalse();
        });
    }

    @Test
    void a_declaration_for_every_site_reads_back_with_no_site_codes_and_covering_all() {
        DisasterDeclaration everywhere = declared(Set.of(), 0);
        try {
            assertThat(inTransaction(() -> declarations().declaration(everywhere.id()))).hasValueSatisfying(d -> {
                assertThat(d).isEqualTo(everywhere);
                assertThat(d.siteCodes()).isEmpty();
                assertThat(d.covers(new SiteCode("honchosha"))).isTrue();
            });
        } finally {
            inTransaction(() -> declarations().update(everywhere.lift("info-1", hour(0))));
        }
    }

    @Test
    void an_unknown_declaration_is_not_found() {
        assertThat(inTransaction(() -> declarations().declaration(DisasterDeclarationId.random()))).isEmpty();
    }

    @Test
    void a_lifted_declaration_reads_back_lifted_and_is_no_longer_in_force() {
        DisasterDeclaration declaration = declared(Set.of(freshSite().code()), 0);
        DisasterDeclaration lifted = declaration.lift("info-2", hour(5));

        inTransaction(() -> declarations().update(lifted));

        assertThat(inTransaction(() -> declarations().declaration(declaration.id()))).hasValueSatisfying(d -> {
            assertThat(d).isEqualTo(lifted);
            assertThat(d.liftedBy()).isEqualTo("info-2");
            assertThat(d.liftedAt()).isEqualTo(hour(5));
        });
        assertThat(inTransaction(() -> declarations().inForce())).extracting(DisasterDeclaration::id)
                .doesNotContain(declaration.id());
    }

    @Test
    void the_declarations_in_force_are_listed_by_declaration_time() {
        SiteCode site = freshSite().code();
        DisasterDeclaration later = declared(Set.of(site), 2);
        DisasterDeclaration earlier = declared(Set.of(site), 1);
        DisasterDeclaration lifted = declared(Set.of(site), 0);
        inTransaction(() -> declarations().update(lifted.lift("info-1", hour(3))));

        List<DisasterDeclaration> inForce = inTransaction(() -> declarations().inForce());

        assertThat(inForce).isSortedAccordingTo(Comparator.comparing(DisasterDeclaration::declaredAt));
        assertThat(inForce).filteredOn(d -> d.siteCodes().contains(site)).containsExactly(earlier, later);
    }

    @Test
    void lifting_a_declaration_that_changed_since_this_transaction_read_it_is_a_concurrent_change() {
        DisasterDeclaration declaration = declared(Set.of(freshSite().code()), 0);
        DisasterDeclaration liftedFirst = declaration.lift("info-1", hour(1));

        assertThatThrownBy(() -> inTransaction(() -> {
            DisasterDeclaration read = declarations().declaration(declaration.id()).orElseThrow();
            inTransaction(() -> declarations().update(liftedFirst));
            declarations().update(read.lift("info-2", hour(2)));
        })).isInstanceOf(ConcurrentChange.class);

        assertThat(inTransaction(() -> declarations().declaration(declaration.id()))).contains(liftedFirst);
    }
}
