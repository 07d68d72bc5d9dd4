package dev.briefing.reader;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a text file whose encoding is not declared, the way articles arrive from
 * newsroom systems and web saves.
 *
 * <ol>
 *   <li>A byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); the mark is dropped.</li>
 *   <li>Without one, binary content (images, archives, NUL bytes) is refused with its kind.</li>
 *   <li>Bytes that are valid UTF-8 are UTF-8.</li>
 *   <li>Bytes with no valid multi-byte UTF-8 sequence at all, whose high bytes are all defined
 *       Windows-1252 characters, are Windows-1252 (the legacy default of Western newsrooms).</li>
 *   <li>Anything else mixes valid UTF-8 with broken sequences: the file is corrupt, and refused
 *       with the offset of the first bad byte rather than decoded into mojibake.</li>
 * </ol>
 */
final class TextCharsetDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextCharsetDecoder() {
    }

    static String decode(String fileName, byte[] bytes) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return strict(fileName, bom.charset(), bytes, bom.length());
        }
        BinaryContent.kindOf(bytes).ifPresent(kind -> {
            throw new ArticleReadException(fileName, "binary content (" + kind + "), not text");
        });
        int firstInvalid = firstInvalidUtf8(bytes);
        if (firstInvalid < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (!hasValidMultiByteUtf8(bytes) && isWindows1252(bytes)) {
            return new String(bytes, WINDOWS_1252);
        }
        throw new ArticleReadException(fileName,
                "invalid UTF-8 byte 0x%02X at offset %d (not Windows-1252 text either)"
                        .formatted(bytes[firstInvalid] & 0xFF, firstInvalid));
    }

    private static String strict(String fileName, Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        }
        catch (CharacterCodingException ex) {
            throw new ArticleReadException(fileName, "invalid " + charset.name()
                    + " text after its byte order mark", ex);
        }
    }

    /** Offset of the first byte that breaks UTF-8, or -1 when all bytes are valid UTF-8. */
    static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length < 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static boolean hasValidMultiByteUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) != 0 && sequenceLength(bytes, i) > 1) {
                return true;
            }
        }
        return false;
    }

    /** Length of the valid UTF-8 sequence starting at {@code i}, or -1 if none starts there. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        }
        else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        }
        else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        }
        else {
            return -1;
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int codePoint = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = (codePoint << 6) | (c & 0x3F);
        }
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        return codePoint < min || codePoint > 0x10FFFF || surrogate ? -1 : length;
    }

    /** The five bytes Windows-1252 leaves undefined never occur in real Windows-1252 text. */
    private static boolean isWindows1252(byte[] bytes) {
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
        }
        return true;
    }

    private record Bom(Charset charset, int length) {

        static @Nullable Bom of(byte[] b) {
            if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
            if (starts(b, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (starts(b, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (starts(b, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }

        private static boolean starts(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
