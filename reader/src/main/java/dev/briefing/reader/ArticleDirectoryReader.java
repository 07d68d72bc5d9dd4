package dev.briefing.reader;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every entry of an input directory, in the order of the file names, as an {@link Article}.
 *
 * <p>Hidden entries (names starting with a dot) are ignored. Every other entry is an input: a file
 * that cannot be read as an article (unknown type, directory, empty, binary, over the size limit,
 * unreadable, vanished, a link to a file outside the input directory, a name the system cannot
 * decode) raises an {@link ArticleReadException} after the reader has moved past it, so that a skip
 * policy can record it and the read goes on. Control characters other than tabs and line breaks
 * are replaced by spaces, so offsets into the text stay those of the file.
 *
 * <p>An article's id is its file name without the extension, unless another entry of the directory
 * has the same stem ({@code same.txt} and {@code same.html}): then each keeps its whole name, so
 * every input has an id of its own.
 *
 * <p>A file with the same bytes as one read before it in this read is marked as a
 * {@linkplain Article#duplicateOf() duplicate} of the first, for the step to decide what to do with
 * it. Reading is sequential and in name order, so the duplicate is always the later name, however
 * the items are processed after. (Files read before a restart are not remembered: the step knows
 * them from what it staged.)
 *
 * <p>Restartable: the name of the last entry read is saved in the execution context, and a restart
 * resumes with the entries whose names sort after it. The listing is taken once, at {@link #open};
 * files that arrive later are left for the next run.
 *
 * <p>A reader may be given a range of names, first and last inclusive: it then reads only the
 * entries in that range, one partition of the directory among several read side by side.
 */
public class ArticleDirectoryReader implements ItemStreamReader<Article> {

    private static final String LAST_READ = "ArticleDirectoryReader.lastRead";

    /** What a file name's bytes that are not text in the system's encoding are read as. */
    private static final char UNDECODABLE = '\uFFFD';

    private final Path directory;

    private final Map<String, ArticleDecoder> decoders;

    private final long maxBytes;

    private final @Nullable String first;

    private final @Nullable String last;

    private List<String> names = List.of();

    private int next;

    private @Nullable String lastRead;

    private final Map<String, String> firstFileByContent = new HashMap<>();

    private Map<String, String> ids = Map.of();

    private @Nullable Path realDirectory;

    /**
     * @param directory the input directory
     * @param decoders  decoders by lower-case file extension without the dot ({@code "txt"})
     * @param maxBytes  files larger than this are refused with their size
     */
    public ArticleDirectoryReader(Path directory, Map<String, ArticleDecoder> decoders, long maxBytes) {
        this(directory, decoders, maxBytes, null, null);
    }

    /**
     * @param directory the input directory
     * @param decoders  decoders by lower-case file extension without the dot ({@code "txt"})
     * @param maxBytes  files larger than this are refused with their size
     * @param first     the first name of the range to read, inclusive, or null from the start
     * @param last      the last name of the range to read, inclusive, or null to the end
     */
    public ArticleDirectoryReader(Path directory, Map<String, ArticleDecoder> decoders, long maxBytes,
            @Nullable String first, @Nullable String last) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.decoders = Map.copyOf(decoders);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.first = first;
        this.last = last;
    }

    /** The decoders for plain text and HTML, by extension. */
    public static Map<String, ArticleDecoder> defaultDecoders() {
        ArticleDecoder html = new HtmlArticleDecoder();
        return Map.of("txt", new PlainTextArticleDecoder(), "html", html, "htm", html);
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        lastRead = executionContext.containsKey(LAST_READ)
                ? executionContext.getString(LAST_READ)
                : null;
        List<String> all = list(directory);
        ids = ids(all);
        realDirectory = realPath(directory);
        names = all.stream()
                .filter(name -> (first == null || name.compareTo(first) >= 0) && (last == null || name.compareTo(last) <= 0))
                .toList();
        next = 0;
        firstFileByContent.clear();
        if (lastRead != null) {
            while (next < names.size() && names.get(next).compareTo(lastRead) <= 0) {
                next++;
            }
        }
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        if (lastRead != null) {
            executionContext.putString(LAST_READ, lastRead);
        }
    }

    @Override
    public @Nullable Article read() {
        if (next >= names.size()) {
            return null;
        }
        String name = names.get(next++);
        lastRead = name;
        try {
            return readArticle(name);
        }
        catch (ArticleReadException ex) {
            throw ex.forArticle(id(name));
        }
    }

    /** The id of each entry: its stem, or its whole name where another entry has the same stem. */
    static Map<String, String> ids(List<String> names) {
        Map<String, Long> stems = new HashMap<>();
        names.forEach(name -> stems.merge(Article.idOf(name), 1L, Long::sum));
        Map<String, String> ids = new HashMap<>();
        names.forEach(name -> ids.put(name, stems.get(Article.idOf(name)) > 1 ? name : Article.idOf(name)));
        return ids;
    }

    private String id(String name) {
        return ids.getOrDefault(name, Article.idOf(name));
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        }
        catch (IOException ex) {
            throw new ItemStreamException("Cannot resolve input directory " + directory + ": " + ex.getMessage(), ex);
        }
    }

    /** Entry names of the directory, hidden ones excluded, in name order. */
    public static List<String> list(Path directory) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".")) {
                    names.add(name);
                }
            }
        }
        catch (IOException ex) {
            throw new ItemStreamException("Cannot list input directory " + directory + ": " + ex.getMessage(), ex);
        }
        names.sort(null);
        return names;
    }

    private Article readArticle(String name) {
        if (name.indexOf(UNDECODABLE) >= 0) {
            throw new ArticleReadException(name, "its name is not valid " + System.getProperty("sun.jnu.encoding",
                    "UTF-8") + " text, so the file cannot be opened by it; rename it");
        }
        Path file;
        try {
            file = directory.resolve(name);
        }
        catch (InvalidPathException ex) {
            throw new ArticleReadException(name, "its name cannot be a path here: " + ex.getMessage(), ex);
        }
        ArticleDecoder decoder = decoders.get(extension(name));
        if (decoder == null) {
            throw new ArticleReadException(name, "not an article file type (readable: "
                    + String.join(", ", decoders.keySet().stream().sorted().map(e -> "." + e).toList()) + ")");
        }
        byte[] bytes = bytes(name, file);
        String sha256 = sha256(bytes);
        String text = ControlCharacters.replace(name, decoder.decode(name, bytes));
        String first = firstFileByContent.putIfAbsent(sha256, name);
        return new Article(id(name), name, sha256, text, decoder.mediaType(), first);
    }

    private byte[] bytes(String name, Path file) {
        try {
            Path real = file.toRealPath();
            if (realDirectory != null && !real.startsWith(realDirectory)) {
                throw new ArticleReadException(name, "links outside the input directory (to " + real + ")");
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ArticleReadException(name, "a directory, not a file");
            }
            if (!attributes.isRegularFile()) {
                throw new ArticleReadException(name, "not a regular file");
            }
            if (attributes.size() == 0) {
                throw new ArticleReadException(name, "empty file");
            }
            if (attributes.size() > maxBytes) {
                throw new ArticleReadException(name, "%,d bytes, over the size limit of %,d bytes"
                        .formatted(attributes.size(), maxBytes));
            }
            return Files.readAllBytes(real);
        }
        catch (NoSuchFileException ex) {
            boolean danglingLink = Files.isSymbolicLink(file);
            throw new ArticleReadException(name, danglingLink ? "a symbolic link to nothing" : "disappeared before it could be read", ex);
        }
        catch (FileSystemException ex) {
            throw new ArticleReadException(name, describe(ex), ex);
        }
        catch (IOException ex) {
            throw new ArticleReadException(name, "cannot be read: " + ex.getMessage(), ex);
        }
    }

    /** A file system failure as the shell tells it: "permission denied", not "AccessDeniedException". */
    static String describe(FileSystemException ex) {
        String reason = ex.getReason();
        if (ex instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (reason == null) {
            return "cannot be read: " + ex.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        if (reason.contains("levels of symbolic links")) {
            return "a symbolic link loop";
        }
        return "cannot be read: " + reason.toLowerCase(Locale.ROOT);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
        }
    }
}
