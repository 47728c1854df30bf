package org.saferplan.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan, version, theme, activity or measure that does not exist in the partnership named in the request. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PlanNotFoundException extends RuntimeException {

    PlanNotFoundException() {
        super("not found in this partnership");
    }
}
