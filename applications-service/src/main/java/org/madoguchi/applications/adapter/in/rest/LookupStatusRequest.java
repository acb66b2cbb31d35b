package org.madoguchi.applications.adapter.in.rest;

/** The receipt number and lookup code an anonymous applicant got on submission. */
public record LookupStatusRequest(String receiptNumber, String lookupCode) {
}
