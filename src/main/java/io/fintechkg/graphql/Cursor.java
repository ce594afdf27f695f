package io.fintechkg.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: the position of an item in an ordered result. Positions rather than keys because every list
 * the API pages is small per parent and the order is stable, so clients only ever pass cursors back.
 */
final class Cursor {

    private static final String PREFIX = "kg:";

    private Cursor() {
    }

    /** {@return the cursor of the item at {@code position}} */
    static String at(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the position a cursor names} @throws InvalidArgumentException when it is not one of ours */
    static int position(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                int position = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (position >= 0 && position < Integer.MAX_VALUE) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: NumberFormatException is one too
        }
        throw new InvalidArgumentException("after", "'" + cursor + "' is not a cursor this API gave out");
    }
}
