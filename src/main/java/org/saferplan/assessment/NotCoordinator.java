package org.saferplan.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An analyst trying to agree the priorities: analysts may change the assessment section, but agreeing priorities is
 * the partnership's decision, taken by its coordinator.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotCoordinator extends RuntimeException {

    NotCoordinator() {
        super("Only the partnership's coordinator may agree the priorities");
    }
}
