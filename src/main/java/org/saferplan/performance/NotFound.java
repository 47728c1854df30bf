package org.saferplan.performance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An indicator, measure or activity not found in the partnership of the path (also for another's ids). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

    NotFound() {
        super("Not found");
    }
}
