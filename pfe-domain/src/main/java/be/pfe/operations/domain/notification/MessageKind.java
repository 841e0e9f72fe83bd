package be.pfe.operations.domain.notification;

/** What a message tells, and to whom: the learner or the partner who referred them. */
public enum MessageKind {
    /** Admitted to a session: where, when, the first meeting, what to bring, whom to ask. */
    CONVOCATION(Recipient.LEARNER),
    /** A waitlisted learner got a seat that freed. */
    WAITLIST_PROMOTION(Recipient.LEARNER),
    /** The application was refused, with its reason. */
    REFUSAL(Recipient.LEARNER),
    /** The session was cancelled, with its reason. */
    SESSION_CANCELLED(Recipient.LEARNER),
    /** The whole session moved by some days. */
    SESSION_MOVED(Recipient.LEARNER),
    /** One meeting was cancelled, with its reason. */
    MEETING_CANCELLED(Recipient.LEARNER),
    /** One meeting moved to another day or time. */
    MEETING_MOVED(Recipient.LEARNER),
    /** The day before the session's first meeting: a reminder of where and when. */
    REMINDER(Recipient.LEARNER),
    /** A candidate of a skills validation is convened to the test. */
    VALIDATION_CONVOCATION(Recipient.LEARNER),
    /** A candidate's result of a skills validation (with the certificate's number when passed). */
    VALIDATION_RESULT(Recipient.LEARNER),
    /** To the referring partner: their learner was admitted. */
    PARTNER_ADMITTED(Recipient.PARTNER),
    /** To the referring partner: their learner dropped out. */
    PARTNER_DROPPED_OUT(Recipient.PARTNER),
    /** To the referring partner: their learner completed the training. */
    PARTNER_COMPLETED(Recipient.PARTNER);

    /** Who receives a message. */
    public enum Recipient { LEARNER, PARTNER }

    private final Recipient recipient;

    MessageKind(Recipient recipient) {
        this.recipient = recipient;
    }

    public Recipient recipient() {
        return recipient;
    }
}
