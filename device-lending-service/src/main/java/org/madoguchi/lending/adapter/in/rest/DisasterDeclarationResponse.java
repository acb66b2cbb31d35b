package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * A declaration of disaster mode (災害モード).
 *
 * @param id                its id
 * @param allSites          whether it covers every site
 * @param siteCodes         the sites it covers, when not all
 * @param effectiveFrom     from when
 * @param reason            why
 * @param declaredBy        who declared it
 * @param declaredAt        when
 * @param liftedAt          when it was lifted
 * @param bookingsCancelled bookings it cancelled, in the answer to the declaration
 * @param devicesRecalled   devices it recalled, in the answer to the declaration
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisasterDeclarationResponse(UUID id, boolean allSites, Set<String> siteCodes, Instant effectiveFrom,
                                          String reason, String declaredBy, Instant declaredAt, Instant liftedAt,
                                          Integer bookingsCancelled, Integer devicesRecalled) {

    static DisasterDeclarationResponse of(DisasterDeclaration d) {
        return of(d, null, null);
    }

    static DisasterDeclarationResponse of(DisasterDeclaration d, Integer cancelled, Integer recalled) {
        return new DisasterDeclarationResponse(d.id().value(), d.allSites(),
                d.siteCodes().stream().map(SiteCode::value).collect(Collectors.toSet()), d.effectiveFrom(), d.reason(),
                d.declaredBy(), d.declaredAt(), d.liftedAt(), cancelled, recalled);
    }
}
