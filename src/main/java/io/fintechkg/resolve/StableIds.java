package io.fintechkg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids that every machine computes alike from the same inputs: SHA-256 of the parts, first 16 bytes in hex. */
public final class StableIds {

    private StableIds() {
    }

    /** {@return the id of the parts, joined by a separator that names never contain} */
    public static String of(String... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
