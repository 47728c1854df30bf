/**
 * The demo workspace: the Dorset Community Safety Partnership of the reference plan (2021-22 refresh), its
 * partners, a neighbouring partnership to show separation, and demo-only accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo workspace")
package org.saferplan.demo;
