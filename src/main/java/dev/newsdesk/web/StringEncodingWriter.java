package dev.newsdesk.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * A writer that encodes each string it is given with {@link String#getBytes(Charset)}, in one call. Tomcat's own
 * writer encodes in 8 KB chunks through a {@code CharsetEncoder}, which falls back to a character-at-a-time loop
 * after the first non-ASCII character of each chunk (a "·" in the page title is enough): that was a seventh of a
 * result page's rendering time. A high surrogate at the end of one write is held until the next, so a character
 * split across two writes is still encoded whole.
 */
final class StringEncodingWriter extends Writer {

    private final OutputStream out;
    private final Charset charset;
    private char pendingHighSurrogate;

    StringEncodingWriter(OutputStream out, String charset) {
        this.out = out;
        this.charset = Charset.forName(charset);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        if (pendingHighSurrogate == 0 && offset == 0 && length == text.length() && !Character.isHighSurrogate(text.charAt(length - 1))) {
            out.write(text.getBytes(charset));
            return;
        }
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        StringBuilder text = new StringBuilder(length + 1);
        if (pendingHighSurrogate != 0) {
            text.append(pendingHighSurrogate);
            pendingHighSurrogate = 0;
        }
        text.append(chars, offset, length);
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            pendingHighSurrogate = text.charAt(text.length() - 1);
            text.setLength(text.length() - 1);
        }
        out.write(text.toString().getBytes(charset));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHighSurrogate != 0) {
            out.write(String.valueOf(pendingHighSurrogate).getBytes(charset));
            pendingHighSurrogate = 0;
        }
        out.close();
    }
}
