package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.maps;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EventPositionTest {

    @Test
    void a_position_reads_back_from_its_text() {
        qt().forAll(maps().of(integers().between(0, 11), longs().between(0, Long.MAX_VALUE - 1)).ofSizeBetween(1, 12))
                .checkAssert(offsets -> {
                    Map<String, Long> byPartition = new LinkedHashMap<>();
                    offsets.forEach((n, offset) -> byPartition.put(
                            EventPosition.partition(n % 2 == 0 ? "lending.events" : "applications.events", n), offset));
                    EventPosition position = new EventPosition(byPartition);
                    assertThat(EventPosition.parse(position.text())).isEqualTo(position);
                });
    }

    @Test
    void moving_past_an_event_sets_the_next_offset_of_its_partition_only() {
        EventPosition start = EventPosition.parse("lending.events:0:5,lending.events:1:9");
        EventPosition moved = start.after("lending.events", 1, 9);
        assertThat(moved.text()).isEqualTo("lending.events:0:5,lending.events:1:10");
    }

    @Test
    void refuses_an_id_it_did_not_write() {
        for (String bad : new String[] {"", "lending.events", "lending.events:x:1", "lending.events:0:-1", ":0:1",
                "a b:0:1"}) {
            assertThatThrownBy(() -> EventPosition.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
