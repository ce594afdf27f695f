package io.fintechkg.graphql;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Whether one request may write. With a write token configured, only a request bearing it may; without one,
 * only a request from this machine may, so that a server started without configuration is not open to writes.
 *
 * @param refusal why it may not write, or {@code null} when it may
 */
record WriteAccess(String refusal) {

    static WriteAccess of(String writeToken, String authorization, InetSocketAddress remote) {
        if (writeToken != null && !writeToken.isBlank()) {
            String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? authorization.substring(7).strip() : null;
            if (presented == null) {
                return new WriteAccess("writes need 'Authorization: Bearer <kg.api.write-token>'");
            }
            // constant-time, so the token cannot be guessed from response times
            boolean same = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                    writeToken.getBytes(StandardCharsets.UTF_8));
            return new WriteAccess(same ? null : "the bearer token is not the write token");
        }
        boolean local = remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
        return new WriteAccess(local ? null
                : "writes are only accepted from localhost unless kg.api.write-token is set");
    }

    /** @throws WriteRefusedException when this request may not write */
    void check() {
        if (refusal != null) {
            throw new WriteRefusedException(refusal);
        }
    }

    /** A mutation came without the right to write. */
    static final class WriteRefusedException extends RuntimeException {

        WriteRefusedException(String reason) {
            super("write refused: " + reason);
        }
    }
}
