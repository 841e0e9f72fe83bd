package be.pfe.operations.web.occupancy;

import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.reporting.occupancy.OccupancyDimension;
import be.pfe.operations.reporting.occupancy.OccupancyQuery;
import be.pfe.operations.web.api.QueryParameters;
import jakarta.ws.rs.QueryParam;

/** The filters of the occupancy figures as query parameters; none is personal data. */
public class OccupancyParameters {

    @QueryParam("year")
    String year;
    @QueryParam("month")
    String month;
    @QueryParam("centre")
    String centre;
    @QueryParam("course")
    String course;
    /** The partner providing the course. */
    @QueryParam("partner")
    String partner;
    /** The partner whose seat quota is counted, or POOL. */
    @QueryParam("quotaPartner")
    String quotaPartner;
    @QueryParam("targetGroup")
    String targetGroup;
    @QueryParam("by")
    String by;

    OccupancyQuery query() {
        return new OccupancyQuery(QueryParameters.year(year), QueryParameters.integer("month", month), centre, course,
                partner, quotaPartner, QueryParameters.choice("targetGroup", targetGroup, TargetGroup.class),
                QueryParameters.choice("by", by, OccupancyDimension.class));
    }
}
