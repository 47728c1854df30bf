package org.saferplan.security;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what, for every page and API endpoint. Two chains:
 *
 * <ul>
 *   <li>{@code /api/**}: stateless; HTTP Basic or a personal API token on every request. No cookies are read, so a
 *       cross-site page cannot ride on a browser session, which is why this chain needs no CSRF token.
 *   <li>everything else: the browser with a database-backed session, a sign-in form, CSRF tokens on every form.
 * </ul>
 *
 * <p>Partnership data is decided by {@link PartnershipAccess}; importing national police.uk data by
 * {@link ImportAccess}; administration needs the administrator flag; anything not listed as public (such as the
 * crime archive's completeness at {@code /crime/data}) needs sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_PAGES = {
        "/",
        "/sign-in",
        "/accessibility",
        "/privacy",
        "/cookies",
        "/licence",
        "/error",
        "/favicon.ico",
        "/assets/**",
        "/public/**"
    };

    static final String[] PUBLIC_API = {"/api/v1/public/**", "/api/v1/openapi.json"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; the {id} prefix lets a later change of algorithm keep old hashes working.
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return username ->
                accounts.signInDetails(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            PartnershipAccess partnershipAccess,
            ImportAccess importAccess,
            ApiTokens tokens,
            AuthenticationManager authenticationManager)
            throws Exception {
        var entryPoint = new ApiEntryPoint();
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        // The publishing module's read-only open data: published material only, no sign-in.
                        .requestMatchers(HttpMethod.GET, PUBLIC_API)
                        .permitAll()
                        .requestMatchers("/api/v1/partnerships/{slug}", "/api/v1/partnerships/{slug}/**")
                        .access(partnershipAccess)
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/crime/imports", "/api/v1/crime/imports/**")
                        .access(importAccess)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> {
                            response.setStatus(403);
                            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            response.getWriter()
                                    .write("{\"status\":403,\"title\":\"Forbidden\",\"detail\":"
                                            + "\"Your account has no access to this\"}");
                        }));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            PartnershipAccess partnershipAccess,
            ImportAccess importAccess,
            AuthenticationManager authenticationManager)
            throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(PUBLIC_PAGES)
                                .permitAll()
                                .requestMatchers("/admin", "/admin/**")
                                .hasRole("ADMIN")
                                .requestMatchers("/partnerships/{slug}", "/partnerships/{slug}/**")
                                .access(partnershipAccess)
                                .requestMatchers("/crime/imports", "/crime/imports/**")
                                .access(importAccess)
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureHandler(new SignInFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out=true"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler((request, response, denied) -> {
                            // The error page says whether it was a CSRF failure, so keep the reason for it.
                            request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
                            response.sendError(403);
                        }));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
    }
}
