package org.saferplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.saferplan.HttpUser;
import org.saferplan.IntegrationTest;
import org.saferplan.jobs.ClusterLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/** The first administrator: from SAFERPLAN_ADMIN_PASSWORD, or the one-time create-admin command. */
@IntegrationTest
class AdministratorBootstrapTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    ClusterLock clusterLock;

    @Autowired
    ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theAdminPasswordSettingCreatesTheAdministratorOnceAndNeverResetsIt() throws Exception {
        var bootstrap = new AdministratorBootstrap(
                accounts,
                new SecuritySettings("first-admin-password", 5, Duration.ofMinutes(15)),
                clusterLock,
                context);
        bootstrap.run(new DefaultApplicationArguments());
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.administrator()).isTrue();
        assertThat(admin.demoOnly()).isFalse();

        var later = new AdministratorBootstrap(
                accounts, new SecuritySettings("another-password-9", 5, Duration.ofMinutes(15)), clusterLock, context);
        later.run(new DefaultApplicationArguments());
        var person = new HttpUser("http://localhost:" + port);
        assertThat(person.signIn("admin", "first-admin-password")).endsWith("/");
        assertThat(person.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void theCreateAdminCommandMakesAnAdministratorWithARandomPassword() throws Exception {
        var bootstrap = new AdministratorBootstrap(
                accounts, new SecuritySettings("", 5, Duration.ofMinutes(15)), clusterLock, context);
        var username = "chief-" + System.nanoTime() % 100000;
        var password = bootstrap.createAdmin(username);
        assertThat(password).hasSizeGreaterThanOrEqualTo(UserAccounts.MIN_PASSWORD_LENGTH);
        assertThat(accounts.findByUsername(username))
                .hasValueSatisfying(
                        account -> assertThat(account.administrator()).isTrue());
        var person = new HttpUser("http://localhost:" + port);
        assertThat(person.signIn(username, password)).endsWith("/");
        assertThat(person.get("/admin").statusCode()).isEqualTo(200);
    }
}
