package org.madoguchi.lending.domain.model;

/** 利用目的 of a booking; disaster response is the one purpose a disaster mode admits. */
public enum Purpose {
    REMOTE_WORK, TELEWORK, WORK_FROM_HOME, FIELD_WORK, MEETING, DISASTER_RESPONSE, OTHER
}
