package org.madoguchi.applications.adapter.in.rest;

/** Why the applicant withdraws, if they say. */
public record WithdrawApplicationRequest(String comment) {
}
