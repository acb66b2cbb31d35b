package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClientBacklogTest {

    @Test
    void every_offered_event_is_either_sent_or_counted_as_dropped_and_never_more_than_capacity_wait() {
        // each step: offer that many events, then take that many
        qt().forAll(integers().between(1, 8), lists().of(integers().between(0, 12)).ofSizeBetween(1, 20))
                .checkAssert((capacity, steps) -> {
                    ClientBacklog<Integer> backlog = new ClientBacklog<>(capacity);
                    int offered = 0;
                    long sent = 0;
                    long dropped = 0;
                    for (int i = 0; i < steps.size(); i++) {
                        for (int n = 0; n < steps.get(i); n++) {
                            backlog.offer(offered++);
                            assertThat(backlog.size()).isLessThanOrEqualTo(capacity);
                        }
                        int takes = i % 2 == 0 ? 1 : steps.get(i);
                        for (int n = 0; n < takes; n++) {
                            Optional<ClientBacklog.Next<Integer>> next = backlog.take();
                            if (next.isEmpty()) {
                                break;
                            }
                            if (next.get() instanceof ClientBacklog.Next.Dropped<Integer> gap) {
                                dropped += gap.count();
                            } else {
                                sent++;
                            }
                        }
                    }
                    for (Optional<ClientBacklog.Next<Integer>> next = backlog.take(); next.isPresent();
                            next = backlog.take()) {
                        if (next.get() instanceof ClientBacklog.Next.Dropped<Integer> gap) {
                            dropped += gap.count();
                        } else {
                            sent++;
                        }
                    }
                    assertThat(sent + dropped).isEqualTo(offered);
                });
    }

    @Test
    void the_dropped_count_comes_where_the_events_were_missed() {
        ClientBacklog<String> backlog = new ClientBacklog<>(2);
        backlog.offer("a");
        backlog.offer("b");
        assertThat(backlog.offer("c")).isFalse();
        assertThat(backlog.offer("d")).isFalse();
        List<Object> sent = new ArrayList<>();
        sent.add(backlog.take().orElseThrow());
        backlog.offer("e");
        for (Optional<ClientBacklog.Next<String>> next = backlog.take(); next.isPresent(); next = backlog.take()) {
            sent.add(next.get());
        }
        assertThat(sent).containsExactly(new ClientBacklog.Next.Event<>("a"), new ClientBacklog.Next.Event<>("b"),
                new ClientBacklog.Next.Dropped<>(2), new ClientBacklog.Next.Event<>("e"));
    }
}
