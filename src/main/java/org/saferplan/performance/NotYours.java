package org.saferplan.performance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A partner officer posting on an activity their organisation does not own. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotYours extends RuntimeException {

    NotYours() {
        super("Only the organisations that own this activity, coordinators and analysts may post updates on it");
    }
}
