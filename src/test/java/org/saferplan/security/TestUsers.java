package org.saferplan.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a real account of the test database (demo accounts or ones a test made). */
public final class TestUsers {

    private TestUsers() {}

    public static RequestPostProcessor as(UserAccounts accounts, String username) {
        return user(accounts.signInDetails(username)
                .orElseThrow(() -> new IllegalArgumentException("no user " + username)));
    }
}
