package org.madoguchi.applications.adapter.in.rest;

/**
 * What a category's total counts beyond its breakdown rows (内訳なし).
 *
 * @param name        its name
 * @param submissions how many
 */
public record UsageUnitemisedResponse(BilingualName name, long submissions) {
}
