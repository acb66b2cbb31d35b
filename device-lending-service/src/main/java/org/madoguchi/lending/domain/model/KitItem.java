package org.madoguchi.lending.domain.model;

/** 貸出セット: the items handed over with a mobile PC and checked on return. */
public enum KitItem {
    MOBILE_PC, CASE, WIRE_LOCK, KEYBOARD, POWER_CORD
}
