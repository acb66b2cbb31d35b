package org.madoguchi.lending.adapter.in.rest;

/**
 * The address of a site's calendar feed, to subscribe to in a calendar app.
 *
 * @param url the address, with its key
 */
public record FeedLinkResponse(String url) {
}
