package org.saferplan.security;

/** The name of a new personal API token, saying what will use it. {@link ApiTokens#create} checks it. */
public final class TokenForm {

    private String tokenName = "";

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
