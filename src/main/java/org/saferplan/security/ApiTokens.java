package org.saferplan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferplan.audit.AuditTrail;
import org.saferplan.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts (Power BI, R, Excel) calling {@code /api/v1} with {@code Authorization: Bearer}.
 * Tokens are 256 random bits; only their SHA-256 is stored, so a database copy cannot be used to sign in.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "sp_";
    private static final String RECORD_TYPE = "api-token";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditTrail audit, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Makes a token and returns it: the only time its value is available. */
    @Transactional
    public String create(long userId, String name) {
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException(
                    "name", "Enter a name for the token of up to 100 characters," + " saying what will use it");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql(
                        "INSERT INTO api_token (user_id, name, token_hash) VALUES (:user, :name, :hash) RETURNING id")
                .param("user", userId)
                .param("name", cleanName)
                .param("hash", hash(token))
                .query(Long.class)
                .single();
        audit.created(null, RECORD_TYPE, id, Map.of("user", userId, "name", cleanName));
        return token;
    }

    public List<ApiToken> forUser(long userId) {
        return jdbc.sql("""
                        SELECT id, name, created_at, last_used_at, revoked_at FROM api_token
                        WHERE user_id = :user ORDER BY created_at DESC
                        """)
                .param("user", userId)
                .query((rs, row) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the user's own tokens; another person's token id changes nothing. */
    @Transactional
    public void revoke(long userId, long tokenId) {
        int changed = jdbc.sql("""
                        UPDATE api_token SET revoked_at = now()
                        WHERE id = :id AND user_id = :user AND revoked_at IS NULL
                        """).param("id", tokenId).param("user", userId).update();
        if (changed > 0) {
            audit.updated(null, RECORD_TYPE, tokenId, Map.of("revoked", false), Map.of("revoked", true));
        }
    }

    /** The signed-in user a presented token stands for, if it is valid, unrevoked and its user enabled. */
    Optional<SignedInUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        var userId = jdbc.sql("""
                        UPDATE api_token SET last_used_at = now()
                        WHERE token_hash = :hash AND revoked_at IS NULL
                        RETURNING user_id
                        """).param("hash", hash(token)).query(Long.class).optional();
        return userId.flatMap(accounts::find)
                .filter(UserAccount::enabled)
                .flatMap(account -> accounts.signInDetails(account.username()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
