package dev.briefing.reader;

import java.util.List;
import java.util.Optional;

/**
 * Recognises files that are not text at all, by their magic numbers or by a NUL byte anywhere, so that a
 * picture or an archive saved as {@code .txt} is reported as what it is rather than decoded into
 * garbage.
 */
final class BinaryContent {

    private record Signature(String kind, byte[] magic) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            new Signature("JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Signature("GIF image", new byte[] {'G', 'I', 'F', '8'}),
            new Signature("WebP or RIFF media", new byte[] {'R', 'I', 'F', 'F'}),
            new Signature("ZIP archive or Office document", new byte[] {'P', 'K', 3, 4}),
            new Signature("gzip archive", new byte[] {0x1F, (byte) 0x8B}),
            new Signature("PDF document", new byte[] {'%', 'P', 'D', 'F'}),
            new Signature("7-Zip archive", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}),
            new Signature("executable", new byte[] {0x7F, 'E', 'L', 'F'}),
            new Signature("OLE2 (old Office) document", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));

    private BinaryContent() {
    }

    /**
     * What kind of binary content the bytes hold, or empty when they may be text. Callers check
     * byte order marks first: UTF-16 text legitimately holds NUL bytes.
     */
    static Optional<String> kindOf(byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                return Optional.of(signature.kind());
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of("binary data (NUL byte at offset " + i + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
