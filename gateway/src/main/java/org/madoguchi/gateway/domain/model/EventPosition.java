package org.madoguchi.gateway.domain.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an ops stream stands in the event log: for each partition of each topic, the offset of the next event it
 * has not yet passed on. It is the {@code id} of every event the stream sends, so a client that reconnects with
 * {@code Last-Event-ID} resumes exactly there, in every partition at once.
 * <p>
 * Written {@code topic:partition:offset} joined by commas, e.g.
 * {@code lending.events:0:12,lending.events:1:7}.
 *
 * @param nextOffsets next offset per partition, keyed {@code topic:partition}
 */
public record EventPosition(Map<String, Long> nextOffsets) {

    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");

    public EventPosition {
        nextOffsets = Collections.unmodifiableMap(new LinkedHashMap<>(nextOffsets));
        nextOffsets.forEach((partition, offset) -> {
            if (offset < 0) {
                throw new IllegalArgumentException("an offset is not negative");
            }
        });
    }

    /** The key of a partition in {@link #nextOffsets()}. */
    public static String partition(String topic, int partition) {
        return topic + ":" + partition;
    }

    /** The position a {@code Last-Event-ID} names; refuses anything else. */
    public static EventPosition parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, Long> offsets = new LinkedHashMap<>();
        for (String entry : text.strip().split(",")) {
            int last = entry.lastIndexOf(':');
            int middle = last < 0 ? -1 : entry.lastIndexOf(':', last - 1);
            if (middle <= 0) {
                throw new IllegalArgumentException("not an event position: " + text);
            }
            String topic = entry.substring(0, middle);
            if (!TOPIC.matcher(topic).matches()) {
                throw new IllegalArgumentException("not a topic: " + topic);
            }
            try {
                int partition = Integer.parseInt(entry.substring(middle + 1, last));
                long offset = Long.parseLong(entry.substring(last + 1));
                if (partition < 0 || offset < 0) {
                    throw new IllegalArgumentException("not an event position: " + text);
                }
                offsets.put(partition(topic, partition), offset);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an event position: " + text, e);
            }
        }
        return new EventPosition(offsets);
    }

    /** The same position, moved past one event. */
    public EventPosition after(String topic, int partition, long offset) {
        Map<String, Long> moved = new LinkedHashMap<>(nextOffsets);
        moved.put(partition(topic, partition), offset + 1);
        return new EventPosition(moved);
    }

    /** The text of this position, the {@code id} of an SSE event. */
    public String text() {
        StringBuilder out = new StringBuilder();
        nextOffsets.forEach((partition, offset) -> {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(partition).append(':').append(offset);
        });
        return out.toString();
    }
}
