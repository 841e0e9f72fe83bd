package be.pfe.operations.domain.enrolment;

/**
 * A seat of a session as held by an enrolment.
 *
 * @param partnerId the partner whose quota the seat belongs to; {@code null} for a seat of the open pool
 */
public record Seat(SeatKind kind, Long partnerId) {

    public static final Seat POOL = new Seat(SeatKind.POOL, null);

    public static Seat ofQuota(long partnerId) {
        return new Seat(SeatKind.QUOTA, partnerId);
    }
}
