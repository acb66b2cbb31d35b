package org.madoguchi.lending.adapter.in.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.madoguchi.lending.application.port.out.LendingRules;
import org.madoguchi.lending.application.port.in.LendingFailure;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.platform.problem.FieldError;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.problem.ProblemExceptionMappers;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Turns what the lending core refuses into RFC 9457 problems, worded in
 * {@code ServiceProblemMessages_ja/_en.properties}. Nothing is written when a use case
 * refuses: its transaction rolls back.
 */
class LendingProblems {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProblemExceptionMappers problems;
    private final LendingRules rules;

    LendingProblems(ProblemExceptionMappers problems, LendingRules rules) {
        this.problems = problems;
        this.rules = rules;
    }

    @ServerExceptionMapper
    public Response bookingConflict(DeviceAgenda.BookingConflict e, HttpHeaders headers, UriInfo uri) {
        String from = TIME.format(e.clashingPeriod().start().atZone(rules.zone()));
        String to = TIME.format(e.clashingPeriod().end().atZone(rules.zone()));
        String code = e.maintenance() ? "device-in-maintenance" : "reservation-overlaps";
        return problems.problem(ProblemException.conflict(code, from, to, e.clashingPeriod().start().toString(),
                e.clashingPeriod().end().toString(), e.clashingId().toString()).causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response failure(LendingFailure e, HttpHeaders headers, UriInfo uri) {
        ProblemException problem = switch (e.reason()) {
            case NOT_FOUND -> ProblemException.notFound("not-found");
            case START_IN_PAST -> ProblemException.badRequest("start-in-past").withFieldError("start", "start-in-past");
            case BOOKING_TOO_LONG -> ProblemException.badRequest("booking-too-long", e.arguments())
                    .withFieldError("end", "booking-too-long", e.arguments());
            case UNKNOWN_SITE -> ProblemException.badRequest("unknown-site", e.arguments())
                    .withFieldError("siteCode", "unknown-site", e.arguments());
            case DEVICE_NOT_BOOKABLE -> ProblemException.conflict("device-not-bookable", e.arguments());
            case NO_DEVICE_FREE -> ProblemException.conflict("no-device-free", e.arguments());
            case DISASTER_MODE_IN_FORCE -> ProblemException.conflict("disaster-mode-in-force");
            case NOT_HOLDER -> ProblemException.forbidden("not-holder", e.arguments());
            case DUPLICATE_DEVICE -> ProblemException.conflict("duplicate-device", e.arguments())
                    .withFieldError("number", "duplicate-device", e.arguments());
            case NOT_LOST -> ProblemException.conflict("device-not-lost", e.arguments());
            case ALREADY_DISABLED -> ProblemException.conflict("device-already-disabled", e.arguments());
            case NOT_DISABLED -> ProblemException.conflict("device-not-disabled", e.arguments());
        };
        return problems.problem(problem.causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(Actor.NotAllowed e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.forbidden("other-site").causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidTransition(Reservation.InvalidTransition e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("reservation-status", e.reservation().status().name()).causedBy(e),
                headers, uri);
    }

    @ServerExceptionMapper
    public Response notDue(Reservation.NotDue e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("reservation-not-due",
                TIME.format(e.reservation().period().start().atZone(rules.zone()))).causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response deviceUnavailable(Device.DeviceUnavailable e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("device-status", e.device().number().label(),
                e.device().status().name()).causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response handOverIncomplete(Lending.HandOverIncomplete e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> fields = e.fields().stream().map(f -> FieldError.of(f, "required-at-hand-over")).toList();
        return problems.problem(ProblemException.badRequest("hand-over-incomplete").withFieldErrors(fields).causedBy(e),
                headers, uri);
    }

    @ServerExceptionMapper
    public Response reportMissing(Incident.ReportMissing e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("incident-report-missing").causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(jakarta.persistence.OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("concurrent-change").causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response illegalState(IllegalStateException e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("state-conflict").causedBy(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.badRequest("invalid-request").causedBy(e), headers, uri);
    }
}
