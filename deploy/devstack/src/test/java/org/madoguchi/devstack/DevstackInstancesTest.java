package org.madoguchi.devstack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** {@code ./madoguchi up --instances=<module>=<n>}: which further instances start, and on which ports. */
class DevstackInstancesTest {

    @Test
    void counts_per_module_are_read_from_one_or_several_options_and_one_instance_is_no_further_one() {
        Map<String, Integer> instances = Devstack.instances(new String[] {"--no-samples",
                "--instances=notification-service=2, procedures-service=3", "--instances=gateway=1"}, Set.of());

        assertThat(instances).containsExactly(Map.entry("notification-service", 2), Map.entry("procedures-service", 3));
        assertThat(Devstack.instances(new String[] {"--instances=notification-service=2",
                "--instances=notification-service=1"}, Set.of())).isEmpty();
        assertThat(Devstack.instances(new String[] {"--without=gateway"}, Set.of("gateway"))).isEmpty();
    }

    @Test
    void an_unknown_module_a_count_out_of_range_or_a_module_left_out_is_refused_with_what_is_allowed() {
        assertThatThrownBy(() -> Devstack.instances(new String[] {"--instances=mail-service=2"}, Set.of()))
                .hasMessageContaining("not 'mail-service=2'").hasMessageContaining("notification-service");
        assertThatThrownBy(() -> Devstack.instances(new String[] {"--instances=notification-service"}, Set.of()))
                .hasMessageContaining("<module>=<n>");
        assertThatThrownBy(() -> Devstack.instances(new String[] {"--instances=notification-service=0"}, Set.of()))
                .hasMessageContaining("1 to 4 instances, not '0'");
        assertThatThrownBy(() -> Devstack.instances(new String[] {"--instances=notification-service=5"}, Set.of()))
                .hasMessageContaining("1 to 4 instances, not '5'");
        assertThatThrownBy(() -> Devstack.instances(new String[] {"--instances=notification-service=two"}, Set.of()))
                .hasMessageContaining("not 'two'");
        assertThatThrownBy(() -> Devstack.instances(new String[] {"--instances=procedures-service=2"},
                Set.of("procedures-service"))).hasMessageContaining("left out with --without");
    }

    @Test
    void further_instances_take_the_next_free_ports_after_the_services_own_in_the_order_of_the_services() {
        List<Devstack.ExtraInstance> extra = Devstack.extraInstances(
                Map.of("notification-service", 2, "procedures-service", 3), port -> port != 8086);

        assertThat(extra).extracting(Devstack.ExtraInstance::name, Devstack.ExtraInstance::port).containsExactly(
                tuple("procedures-service-2", 8085),
                tuple("procedures-service-3", 8087),
                tuple("notification-service-2", 8088));
        assertThat(extra.get(2).service().database()).isEqualTo("notification");
        assertThat(extra.get(2).url()).isEqualTo("http://localhost:8088");
        assertThat(Devstack.extraInstances(Map.of(), port -> true)).isEmpty();
    }
}
