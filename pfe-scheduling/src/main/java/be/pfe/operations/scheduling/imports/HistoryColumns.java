package be.pfe.operations.scheduling.imports;

/**
 * The columns of the historical import's files, one set per kind ({@link HistoryKind}). Every file names the source
 * system its rows come from ({@code source}: a partner's code) and each row's id there ({@code externalId}); a
 * record refers to another by that other's id in the same source. Headers may be written in French, Dutch or English.
 */
public final class HistoryColumns {

    private HistoryColumns() {
    }

    /** Courses of the catalogue (a course whose code is known already is taken as it is). */
    public enum Course implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        CODE("code", true, "codeformation", "cursuscode", "coursecode"),
        TITLE_FR("titleFr", false, "intitulefr", "titelfr", "titrefr"),
        TITLE_NL("titleNl", false, "intitulenl", "titelnl", "titrenl"),
        TITLE_EN("titleEn", false, "intituleen", "titelen", "titreen"),
        KIND("kind", true, "type", "soort"),
        PARTNER("partner", true, "operateur", "partenaire", "aanbieder", "provider"),
        SECTOR("sector", true, "secteur"),
        HOURS("durationHours", true, "heures", "duree", "uren", "duur", "hours"),
        LANGUAGE("language", true, "langue", "taal");

        private final Definition definition;

        Course(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Sessions of courses, with their status and, for a cancelled one, the day it was cancelled. */
    public enum Session implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        COURSE("course", true, "formation", "cursus", "opleiding"),
        CENTRE("centre", true, "centrum", "center", "pole"),
        START_DATE("startDate", true, "datededebut", "debut", "startdatum", "begindatum", "start"),
        END_DATE("endDate", true, "datedefin", "fin", "einddatum", "einde", "end"),
        LANGUAGE("language", true, "langue", "taal"),
        CAPACITY("seats", true, "places", "capacite", "plaatsen", "capaciteit", "capacity"),
        STATUS("status", true, "statut"),
        CANCELLED_ON("cancelledOn", false, "annuleele", "dateannulation", "datedannulation", "geannuleerdop", "annulatiedatum"),
        CANCELLATION_REASON("cancellationReason", false, "motifannulation", "motifdannulation", "redenannulatie"),
        CLOSED_ON("closedOn", false, "clotureele", "cloturele", "datedecloture", "afgeslotenop", "sluitingsdatum");

        private final Definition definition;

        Session(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Learners, with their status at entry (on the day of their application). */
    public enum Learner implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        FAMILY_NAME("familyName", true, "nom", "nomdefamille", "naam", "achternaam", "familienaam", "lastname"),
        GIVEN_NAME("givenName", true, "prenom", "voornaam", "firstname"),
        BIRTH_DATE("birthDate", true, "datedenaissance", "geboortedatum", "dateofbirth"),
        NISS("niss", false, "insz", "rijksregisternummer", "numeroderegistrenational", "nationalregisternumber"),
        LANGUAGE("language", true, "langue", "taal"),
        ENTRY_STATUS("entryStatus", true, "statutalentree", "statut", "statusbijinstroom", "status"),
        EDUCATION_LEVEL("educationLevel", true, "niveaudetudes", "opleidingsniveau", "diploma"),
        CENTRE("centre", true, "centrum", "center", "pole");

        private final Definition definition;

        Learner(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Enrolments with the day of each step and their outcome. */
    public enum Enrolment implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        LEARNER("learner", true, "stagiaire", "cursist", "apprenant"),
        SESSION("session", true, "sessie"),
        PARTNER("referredBy", false, "orientepar", "partenaire", "doorverwezendoor", "partner"),
        APPLIED_ON("appliedOn", true, "candidaturele", "datecandidature", "aangevraagdop", "aanvraagdatum"),
        REFERRED_ON("referredOn", false, "orientele", "doorverwezenop"),
        SCREENED_ON("screenedOn", false, "selectionnele", "gescreendop", "selectiedatum"),
        WAITLISTED_ON("waitlistedOn", false, "enattentele", "wachtlijstop"),
        ADMITTED_ON("admittedOn", false, "admisle", "toegelatenop"),
        ENROLLED_ON("enrolledOn", false, "inscritle", "ingeschrevenop"),
        OUTCOME("outcome", false, "issue", "resultat", "uitkomst", "afloop"),
        OUTCOME_ON("outcomeOn", false, "dateissue", "datedelissue", "issuele", "uitkomstop", "datumafloop"),
        REASON("reason", false, "motif", "reden");

        private final Definition definition;

        Enrolment(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Companies hosting in-company training (a company whose enterprise number is known already is taken as it is). */
    public enum Company implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        ENTERPRISE_NUMBER("enterpriseNumber", true, "numerodentreprise", "numerobce", "ondernemingsnummer", "kbonummer", "bce", "kbo"),
        NAME("name", true, "nom", "raisonsociale", "naam", "denomination"),
        SECTOR("sector", true, "secteur"),
        STREET("street", false, "rue", "adresse", "straat", "adres"),
        POSTAL_CODE("postalCode", false, "codepostal", "postcode"),
        CITY("city", false, "commune", "ville", "localite", "gemeente", "stad");

        private final Definition definition;

        Company(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Placements (in-company training) with their dates, status and outcome. */
    public enum Placement implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        LEARNER("learner", true, "stagiaire", "cursist", "apprenant"),
        COMPANY("company", true, "entreprise", "bedrijf", "onderneming"),
        CENTRE("centre", true, "centrum", "center", "pole"),
        ENROLMENT("enrolment", false, "inscription", "inschrijving", "enrollment"),
        TYPE("type", true, "typedestage", "soortstage", "placementtype"),
        START_DATE("startDate", true, "datededebut", "debut", "startdatum", "begindatum", "start"),
        END_DATE("endDate", true, "datedefin", "fin", "einddatum", "einde", "end"),
        HOURS("hours", true, "heures", "uren", "nombredheures", "aantaluren"),
        STATUS("status", true, "statut"),
        SIGNED_ON("signedOn", false, "signele", "datedesignature", "ondertekendop"),
        ENDED_EARLY_ON("endedEarlyOn", false, "arretele", "interrompule", "vroegtijdigbeeindigdop", "stopgezetop"),
        END_REASON("endReason", false, "motifdarret", "motifarret", "redenstopzetting", "reden"),
        OUTCOME("outcome", false, "issue", "resultat", "uitkomst", "afloop"),
        OUTCOME_ON("outcomeOn", false, "issuele", "dateissue", "datedelissue", "uitkomstop", "datumuitkomst"),
        FOLLOW_UP_ON("followUpOn", false, "suivile", "datedesuivi", "opvolgingop", "opvolgingsdatum", "followupdate"),
        FOLLOW_UP_OUTCOME("followUpOutcome", false, "issueausuivi", "issuedusuivi", "uitkomstbijopvolging", "uitkomstopvolging");

        private final Definition definition;

        Placement(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Candidates of skills validation sessions (sessions of validation courses) and their results. */
    public enum Validation implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        SESSION("session", true, "sessie", "sessiondevalidation", "validatiesessie"),
        LEARNER("candidate", true, "candidat", "kandidaat", "stagiaire", "cursist", "learner"),
        RESULT("result", true, "resultat", "resultaat"),
        RESULT_ON("resultOn", false, "resultatle", "dateduresultat", "resultaatop", "datumresultaat"),
        CERTIFICATE_NUMBER("certificateNumber", false, "numerodecertificat", "numeroducertificat", "certificaatnummer"),
        CERTIFICATE_DATE("certificateDate", false, "datedecertificat", "dateducertificat", "certificaatdatum");

        private final Definition definition;

        Validation(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Screenings before a training, for a course or an occupation. */
    public enum Screening implements ImportColumn {
        SOURCE("source", true, "systemesource", "bronsysteem", "bron"),
        EXTERNAL_ID("externalId", true, "identifiant", "idexterne", "externeid", "id"),
        LEARNER("learner", true, "stagiaire", "cursist", "apprenant"),
        CENTRE("centre", true, "centrum", "center", "pole"),
        COURSE("course", false, "formation", "cursus", "opleiding"),
        OCCUPATION("occupation", false, "metier", "beroep"),
        ENROLMENT("enrolment", false, "inscription", "inschrijving", "enrollment"),
        SCREENED_ON("screenedOn", true, "selectionnele", "datedeselection", "gescreendop", "screeningsdatum", "date", "datum"),
        ASSESSOR("assessor", true, "evaluateur", "beoordelaar"),
        TESTS_TAKEN("testsTaken", false, "testspasses", "tests", "afgelegdetests"),
        RESULT("result", false, "resultat", "resultaat"),
        RECOMMENDATION("recommendation", true, "recommandation", "aanbeveling", "advies");

        private final Definition definition;

        Screening(String key, boolean required, String... others) {
            this.definition = Definition.of(key, required, others);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }
}
