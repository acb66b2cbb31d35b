package org.madoguchi.lending.domain.model;

import java.util.regex.Pattern;

/** 端末番号: the human number of a mobile PC, No.001 to No.999, printed on its label. */
public record DeviceNumber(String value) implements Comparable<DeviceNumber> {

    private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");

    public DeviceNumber {
        if (value == null || !THREE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a device number has three digits: " + value);
        }
    }

    /** As printed on the device: {@code No.001}. */
    public String label() {
        return "No." + value;
    }

    @Override
    public int compareTo(DeviceNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return label();
    }
}
