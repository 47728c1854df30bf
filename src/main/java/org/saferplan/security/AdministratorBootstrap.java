package org.saferplan.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.saferplan.jobs.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator. SaferPlan has no default password: either {@code SAFERPLAN_ADMIN_PASSWORD} is set at
 * start (user {@code admin} is created if missing), or the one-time command {@code create-admin <username>} makes
 * an administrator with a random password, prints it once and exits.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserAccounts accounts;
    private final SecuritySettings settings;
    private final ClusterLock clusterLock;
    private final ConfigurableApplicationContext context;

    AdministratorBootstrap(
            UserAccounts accounts,
            SecuritySettings settings,
            ClusterLock clusterLock,
            ConfigurableApplicationContext context) {
        this.accounts = accounts;
        this.settings = settings;
        this.clusterLock = clusterLock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var command = args.getNonOptionArgs();
        if (!command.isEmpty() && "create-admin".equals(command.get(0))) {
            createAdminAndExit(command.size() > 1 ? command.get(1) : ADMIN_USERNAME);
            return;
        }
        if (!settings.adminPassword().isEmpty()) {
            clusterLock.runExclusively("first-administrator", () -> {
                if (accounts.findByUsername(ADMIN_USERNAME).isEmpty()) {
                    accounts.create(ADMIN_USERNAME, "Administrator", settings.adminPassword(), true, false);
                    log.info("Created the administrator '{}' from SAFERPLAN_ADMIN_PASSWORD", ADMIN_USERNAME);
                }
                return null;
            });
        } else if (!accounts.anyAdministrator()) {
            log.warn("No administrator exists. Set SAFERPLAN_ADMIN_PASSWORD, or run the command"
                    + " 'create-admin <username>' (see README).");
        }
    }

    /** Creates an administrator with a random password and returns the password (shown once, never stored). */
    String createAdmin(String username) {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.create(username, "Administrator", password, true, false);
        return password;
    }

    private void createAdminAndExit(String username) {
        var password = createAdmin(username);
        System.out.println();
        System.out.println("Created administrator '" + username + "' with the one-time password:");
        System.out.println("    " + password);
        System.out.println("Sign in and change it under 'Your account'. It is not shown again.");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
