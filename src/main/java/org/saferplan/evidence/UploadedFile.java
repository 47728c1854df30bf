package org.saferplan.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A file a partner sent: its name (for messages) and its bytes. */
record UploadedFile(String name, byte[] bytes) {

    /** The largest file accepted: Defra's national fly-tipping tables are under 0.4 MB. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    UploadedFile {
        name = name == null || name.isBlank() ? "the file" : name.strip();
    }

    boolean xlsx() {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4);
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
