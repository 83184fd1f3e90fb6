package org.allyadvisor.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes files people wrote as UTF-8, and when a byte is not UTF-8 (a Latin-1 é saved by an old
 * editor), says on which line and column it is, so the message points at it like any other.
 */
public final class Utf8 {

    private Utf8() {}

    /** The text, or the place of the first byte that is not UTF-8. */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return place(bytes, in.position());
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), 0, 0);
    }

    private static Decoded place(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++; // count characters, not the continuation bytes of the ones before it
            }
        }
        return new Decoded(null, line, column);
    }

    /**
     * @param text the decoded text, or null when a byte is not UTF-8
     * @param line the line of that byte (1-based), 0 when decoded
     * @param column its column in characters (1-based), 0 when decoded
     */
    public record Decoded(String text, int line, int column) {

        public boolean ok() {
            return text != null;
        }
    }
}
