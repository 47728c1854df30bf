package org.saferplan.web;

import java.util.Optional;

/** Provided by the security module: the signed-in person of this request, if any. */
public interface SignedInUserResolver {

    Optional<ShellUser> current();
}
