package org.saferplan.governance.web;

import java.util.List;

/** Who attended a meeting and who sent apologies, as ticked member ids. */
public record AttendanceForm(List<String> present, List<String> apologies) {

    public AttendanceForm {
        present = present == null ? List.of() : List.copyOf(present);
        apologies = apologies == null ? List.of() : List.copyOf(apologies);
    }

    public boolean isPresent(String memberId) {
        return present.contains(memberId);
    }

    public boolean sentApologies(String memberId) {
        return apologies.contains(memberId);
    }
}
