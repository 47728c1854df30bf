package org.saferplan.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change the assessment's rules refuse whatever was entered, such as changing an agreed assessment. */
@ResponseStatus(HttpStatus.CONFLICT)
class AssessmentRuleException extends RuntimeException {

    AssessmentRuleException(String message) {
        super(message);
    }
}
