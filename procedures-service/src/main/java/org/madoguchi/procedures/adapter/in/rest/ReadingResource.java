package org.madoguchi.procedures.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.procedures.application.port.in.FuriganaQueries;

/** ふりがな: readings over the kanji of the texts citizen pages show. */
@Path("/api/v1/readings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "readings", description = "ふりがな: readings over the kanji of names, titles and labels")
public class ReadingResource {

    private final FuriganaQueries furigana;

    ReadingResource(FuriganaQueries furigana) {
        this.furigana = furigana;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Furigana of up to 200 texts of up to 500 characters each (public): segments that"
            + " concatenate to each text, a hiragana reading on those with kanji; the stored reading of an item wins"
            + " over the dictionary (Kuromoji)")
    public ReadingsResponse read(ReadingsRequest request) {
        ReadingsRequest body = request == null ? ReadingsRequest.EMPTY : request;
        return ReadingsResponse.of(furigana.furigana(body.query()));
    }
}
