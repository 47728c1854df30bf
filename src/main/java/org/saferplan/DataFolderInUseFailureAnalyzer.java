package org.saferplan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "data folder in use" into a short message with what to do, instead of a stack trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabase.DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabase.DataFolderInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other SaferPlan first, or start this one with its own folder, for example "
                        + "SAFERPLAN_DATA_DIR=./data-2 ./mvnw spring-boot:run",
                cause);
    }
}
