package org.madoguchi.notification.adapter.out.line;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** The push endpoint of the LINE Messaging API ({@code POST /v2/bot/message/push}). */
@Path("/v2/bot/message/push")
public interface LinePushApi {

    /**
     * Pushes messages to one user. {@code X-Line-Retry-Key} makes a repeated request with the same key accepted
     * once (the API answers 409 to the repeat).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    void push(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Line-Retry-Key") String retryKey,
              PushRequest request);

    /** The request body: the user id and up to five messages. */
    record PushRequest(String to, List<TextMessage> messages) {
    }

    /** A text message (5,000 characters at most). */
    record TextMessage(String type, String text) {
        static TextMessage of(String text) {
            return new TextMessage("text", text.length() > 5000 ? text.substring(0, 4999) + "…" : text);
        }
    }
}
