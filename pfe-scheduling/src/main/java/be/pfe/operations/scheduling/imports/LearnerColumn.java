package be.pfe.operations.scheduling.imports;

/** The columns of a partner's file of learners and the sessions they enrol for. */
public enum LearnerColumn implements ImportColumn {
    FAMILY_NAME("familyName", true, "nom", "nomdefamille", "naam", "achternaam", "familienaam", "lastname", "surname"),
    GIVEN_NAME("givenName", true, "prenom", "voornaam", "firstname"),
    BIRTH_DATE("birthDate", true, "datedenaissance", "datenaissance", "geboortedatum", "dateofbirth"),
    NISS("niss", false, "insz", "nrn", "rijksregisternummer", "numeroderegistrenational", "nationalregisternumber"),
    EMAIL("email", false, "courriel", "mail", "emailaddress"),
    PHONE("phone", false, "telephone", "telefoon", "gsm", "phonenumber"),
    LANGUAGE("language", true, "langue", "taal"),
    ENTRY_STATUS("entryStatus", true, "statut", "statutalentree", "status", "statusbijinstroom"),
    EDUCATION_LEVEL("educationLevel", true, "niveaudetudes", "niveauetudes", "diploma", "opleidingsniveau"),
    SESSION("session", true, "sessie", "sessionid"),
    PARTNER("partner", false, "partenaire", "partnercode");

    private final Definition definition;

    LearnerColumn(String key, boolean required, String... otherNames) {
        this.definition = Definition.of(key, required, otherNames);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
