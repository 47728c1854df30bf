package org.saferplan.governance;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A group, member, meeting or action that does not exist in the partnership of the request. */
class GovernanceNotFoundException extends ResponseStatusException {

    GovernanceNotFoundException() {
        super(HttpStatus.NOT_FOUND);
    }
}
