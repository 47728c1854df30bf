/** Partner datasets (A&amp;E assaults, modern slavery referrals, fly-tipping, fraud) that complement police data. */
package org.saferplan.evidence;
