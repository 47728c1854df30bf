package org.saferplan.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in person. It is stored in the (database-backed) session, so it holds only what does
 * not change often; roles in partnerships are read from the database on each request, so a change applies at once.
 */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final long id;
    private final String username;
    private final String displayName;
    private final boolean administrator;
    private final transient String passwordHash;
    private final boolean enabled;

    SignedInUser(UserAccount account, String passwordHash) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.administrator = account.administrator();
        this.enabled = account.enabled();
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean administrator() {
        return administrator;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return administrator
                ? List.of(new SimpleGrantedAuthority(ADMIN_AUTHORITY), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
