package io.fintechkg.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns raw bytes into text, refusing what is not text: empty input, binary data, and anything that is neither UTF-8
 * nor an HTML page in the charset it declares.
 */
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
        String text = strictly(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidDocument(String.format(Locale.ROOT, "empty: %,d bytes of white space only", bytes.length));
        }
        rejectControlCharacters(text);
        return text;
    }

    /**
     * UTF-8, or the charset an HTML page declares in a {@code <meta>} within its first 1024 bytes (as browsers
     * look for it). Older Chinese pages are GB2312 or GBK; we read those as GB18030, their superset, as browsers do.
     */
    private static String strictly(byte[] bytes) throws InvalidDocument {
        try {
            return strictly(bytes, StandardCharsets.UTF_8);
        } catch (InvalidDocument notUtf8) {
            Charset declared = declaredCharset(bytes);
            if (declared == null) {
                throw notUtf8;
            }
            try {
                return strictly(bytes, declared);
            } catch (InvalidDocument notDeclared) {
                throw new InvalidDocument(notUtf8.getMessage() + "; the page declares " + declared.name()
                        + ", but it is " + notDeclared.getMessage());
            }
        }
    }

    private static String strictly(byte[] bytes, Charset charset) throws InvalidDocument {
        // A strict decoder, not new String(bytes, charset): that one silently replaces bad bytes with U+FFFD.
        CharsetDecoder decoder = charset.newDecoder()
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
            // A lead byte whose sequence runs into the end: the file was cut, not written in another encoding.
            boolean cut = offset < bytes.length && (bytes[offset] & 0x80) != 0
                    && offset + result.length() >= bytes.length;
            String what = cut || offset >= bytes.length ? "incomplete character"
                    : String.format(Locale.ROOT, "invalid byte 0x%02X", bytes[offset] & 0xFF);
            throw new InvalidDocument(String.format(Locale.ROOT, "not %s: %s at byte offset %,d",
                    charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name(), what, offset));
        }
        out.flip();
        return out.toString();
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int at = head.indexOf("charset=");
        if (!head.stripLeading().startsWith("<") || at < 0 || head.lastIndexOf("<meta", at) < 0) {
            return null;
        }
        int from = at + "charset=".length();
        while (from < head.length() && (head.charAt(from) == '"' || head.charAt(from) == '\'' || head.charAt(from) == ' ')) {
            from++;
        }
        int to = from;
        while (to < head.length() && (Character.isLetterOrDigit(head.charAt(to)) || "-_.:".indexOf(head.charAt(to)) >= 0)) {
            to++;
        }
        String name = head.substring(from, to);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb18030")) {
            name = "GB18030";
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.UTF_8) ? null : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
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
