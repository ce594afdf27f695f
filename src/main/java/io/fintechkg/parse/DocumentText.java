package io.fintechkg.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns raw bytes into text, refusing what is not text: empty input, binary data and anything that is not UTF-8. */
final class DocumentText {

    /** How much of the text is sampled for control characters: enough to tell a binary file, cheap on a large one. */
    private static final int CONTROL_SAMPLE = 8192;

    private DocumentText() {
    }

    static String decode(byte[] bytes) throws InvalidDocument {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidDocument("empty: 0 bytes");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // NUL never occurs in UTF-8 text; it marks binary data (or UTF-16, which we do not read either).
                throw new InvalidDocument(String.format(Locale.ROOT, "binary: NUL byte at byte offset %,d", i));
            }
        }
        String text = strictUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidDocument(String.format(Locale.ROOT, "empty: %,d bytes of white space only", bytes.length));
        }
        rejectControlCharacters(text);
        return text;
    }

    private static String strictUtf8(byte[] bytes) throws InvalidDocument {
        // A strict decoder, not new String(bytes, UTF_8): that one silently replaces bad bytes with U+FFFD.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String what = offset < bytes.length
                    ? String.format(Locale.ROOT, "invalid byte 0x%02X", bytes[offset] & 0xFF)
                    : "incomplete character";
            throw new InvalidDocument(String.format(Locale.ROOT, "not UTF-8: %s at byte offset %,d", what, offset));
        }
        out.flip();
        return out.toString();
    }

    private static void rejectControlCharacters(String text) throws InvalidDocument {
        int sample = Math.min(text.length(), CONTROL_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        // Real text has next to none; one in ten is far beyond what stray escape codes in a web page amount to.
        if (control * 10 > sample) {
            throw new InvalidDocument(String.format(Locale.ROOT,
                    "binary: %,d of the first %,d characters are control characters", control, sample));
        }
    }
}
