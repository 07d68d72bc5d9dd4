package dev.briefing.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ArticleDirectoryReaderTests {

    @TempDir
    Path input;

    @Test
    void readsArticlesInFileNameOrderIgnoringHiddenFiles() throws IOException {
        copy("plain-utf8.txt", "b.txt");
        copy("saved-web-page.html", "a.html");
        copy("plain-utf8.txt", ".hidden.txt");

        List<Article> articles = readAll(reader(Long.MAX_VALUE), new ExecutionContext());

        assertThat(articles).extracting(Article::fileName).containsExactly("a.html", "b.txt");
        assertThat(articles.get(0).id()).isEqualTo("a");
        assertThat(articles.get(0).mediaType()).isEqualTo("text/html");
        assertThat(articles.get(1).mediaType()).isEqualTo("text/plain");
        assertThat(articles.get(1).sha256()).isEqualTo("ee56788050bd04d18ac8f79fd87cf98bb2c17e9c5cc9984acca7e30e6496ab10");
    }

    @Test
    void movesPastABadFileSoTheReadGoesOn() throws IOException {
        copy("empty.txt", "a.txt");
        copy("plain-utf8.txt", "b.txt");
        ArticleDirectoryReader reader = reader(Long.MAX_VALUE);
        reader.open(new ExecutionContext());

        assertThatThrownBy(reader::read).isInstanceOf(ArticleReadException.class).hasMessage("a.txt: empty file");
        assertThat(reader.read()).extracting(Article::fileName).isEqualTo("b.txt");
        assertThat(reader.read()).isNull();
    }

    @Test
    void namesTheReasonForEachKindOfUnreadableEntry() throws IOException {
        Files.createDirectory(input.resolve("a-directory.txt"));
        copy("notes.docx", "b.docx");
        copy("plain-utf8.txt", "c-too-large.txt");
        Files.createSymbolicLink(input.resolve("d-loop.txt"), input.resolve("d-loop.txt"));
        Files.createSymbolicLink(input.resolve("e-dangling.txt"), input.resolve("nowhere.txt"));

        assertThat(reasons(reader(100))).containsExactly(
                "a-directory.txt: a directory, not a file",
                "b.docx: not an article file type (readable: .htm, .html, .txt)",
                "c-too-large.txt: 125 bytes, over the size limit of 100 bytes",
                "d-loop.txt: a symbolic link loop",
                "e-dangling.txt: a symbolic link to nothing");
    }

    @Test
    void skipsALinkToAFileOutsideTheInputDirectory(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("passwd.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(input.resolve("a-passwd.txt"), secret);
        copy("plain-utf8.txt", "b-inside.txt");
        Files.createSymbolicLink(input.resolve("c-link-inside.txt"), input.resolve("b-inside.txt"));
        ArticleDirectoryReader reader = reader(Long.MAX_VALUE);
        reader.open(new ExecutionContext());

        assertThatThrownBy(reader::read).isInstanceOf(ArticleReadException.class)
                .hasMessage("a-passwd.txt: links outside the input directory (to " + secret.toRealPath() + ")");
        assertThat(reader.read()).extracting(Article::fileName).isEqualTo("b-inside.txt");
        assertThat(reader.read()).extracting(Article::fileName).isEqualTo("c-link-inside.txt");
    }

    @Test
    void givesTwoInputsWithOneStemIdsOfTheirOwn() throws IOException {
        copy("plain-utf8.txt", "same.txt");
        copy("saved-web-page.html", "same.html");
        copy("windows-1252.txt", "other.txt");
        copy("empty.txt", "same.htm");
        ArticleDirectoryReader reader = reader(Long.MAX_VALUE);
        reader.open(new ExecutionContext());

        assertThat(reader.read()).extracting(Article::id).isEqualTo("other");
        assertThatThrownBy(reader::read).isInstanceOfSatisfying(ArticleReadException.class,
                ex -> assertThat(ex.getArticleId()).isEqualTo("same.htm"));
        assertThat(reader.read()).extracting(Article::id).isEqualTo("same.html");
        assertThat(reader.read()).extracting(Article::id).isEqualTo("same.txt");
    }

    @Test
    void refusesANulByteAnywhereAndReplacesOtherControlCharactersBySpaces() throws IOException {
        write("a-nul-late.txt", "Ministers met in Lima.\n" + "x".repeat(10_000) + "\u0000 and more text\n");
        write("b-bell.txt", "Ministers\u0007 met\u001b in Lima\u0085 on Monday.\tThey agreed.\r\n");
        ArticleDirectoryReader reader = reader(Long.MAX_VALUE);
        reader.open(new ExecutionContext());

        assertThatThrownBy(reader::read).hasMessage("a-nul-late.txt: binary content (binary data (NUL byte at "
                + "offset 10023)), not text");
        assertThat(reader.read().text()).isEqualTo("Ministers  met  in Lima  on Monday.\tThey agreed.\r\n");
    }

    @Test
    void skipsANameThatIsNotTextInTheSystemsEncodingSayingSo() throws Exception {
        Process touch = new ProcessBuilder("bash", "-c", "printf 'Ministers met in Lima.\\n' > $'caf\\xe9.txt'")
                .directory(input.toFile()).start();
        assertThat(touch.waitFor()).isZero();
        ArticleDirectoryReader reader = reader(Long.MAX_VALUE);
        reader.open(new ExecutionContext());

        assertThatThrownBy(reader::read).isInstanceOf(ArticleReadException.class)
                .hasMessageContaining(": its name is not valid ").hasMessageEndingWith(" text, so the file cannot be opened by it; rename it");
    }

    @Test
    void marksTheLaterOfTwoFilesWithTheSameContentAsTheDuplicate() throws IOException {
        copy("plain-utf8.txt", "b-copy.txt");
        copy("plain-utf8.txt", "a-original.txt");
        copy("windows-1252.txt", "c-other.txt");

        assertThat(readAll(reader(Long.MAX_VALUE), new ExecutionContext()))
                .extracting(Article::fileName, Article::duplicateOf)
                .containsExactly(tuple("a-original.txt", null), tuple("b-copy.txt", "a-original.txt"),
                        tuple("c-other.txt", null));
    }

    @Test
    void namesAFileThatDisappearedAfterTheListing() throws IOException {
        copy("plain-utf8.txt", "a.txt");
        copy("windows-1252.txt", "b.txt");
        ArticleDirectoryReader reader = reader(Long.MAX_VALUE);
        reader.open(new ExecutionContext());
        Files.delete(input.resolve("a.txt"));

        assertThatThrownBy(reader::read).hasMessage("a.txt: disappeared before it could be read");
        assertThat(reader.read()).extracting(Article::fileName).isEqualTo("b.txt");
    }

    @Test
    void restartResumesAfterTheLastCommittedArticle() throws IOException {
        for (String name : List.of("1.txt", "2.txt", "3.txt")) {
            write(name, "Article " + name);
        }
        ArticleDirectoryReader first = reader(Long.MAX_VALUE);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.update(context);
        first.close();

        List<Article> rest = readAll(reader(Long.MAX_VALUE), context);

        assertThat(rest).extracting(Article::fileName).containsExactly("2.txt", "3.txt");
    }

    @Test
    void restartDoesNotRereadAFileThatArrivedEarlierInNameOrder() throws IOException {
        write("2.txt", "Second article");
        write("3.txt", "Third article");
        ExecutionContext context = new ExecutionContext();
        ArticleDirectoryReader first = reader(Long.MAX_VALUE);
        first.open(context);
        first.read();
        first.update(context);
        write("1.txt", "First article, arrived late");

        assertThat(readAll(reader(Long.MAX_VALUE), context)).extracting(Article::fileName).containsExactly("3.txt");
    }

    private ArticleDirectoryReader reader(long maxBytes) {
        return new ArticleDirectoryReader(input, ArticleDirectoryReader.defaultDecoders(), maxBytes);
    }

    private static List<Article> readAll(ArticleDirectoryReader reader, ExecutionContext context) {
        reader.open(context);
        List<Article> articles = new ArrayList<>();
        for (Article article = reader.read(); article != null; article = reader.read()) {
            articles.add(article);
        }
        reader.close();
        return articles;
    }

    private static List<String> reasons(ArticleDirectoryReader reader) {
        reader.open(new ExecutionContext());
        List<String> reasons = new ArrayList<>();
        while (true) {
            try {
                if (reader.read() == null) {
                    return reasons;
                }
            }
            catch (ArticleReadException ex) {
                reasons.add(ex.getMessage());
            }
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(input.resolve(name), text);
    }

    private void copy(String fixture, String name) throws IOException {
        Files.write(input.resolve(name), Fixtures.bytes(fixture));
    }

    @Test
    void tellsAFileItMayNotReadAsPermissionDenied() {
        assertThat(ArticleDirectoryReader.describe(new java.nio.file.AccessDeniedException("/inbox/locked.txt")))
                .isEqualTo("cannot be read: permission denied");
        assertThat(ArticleDirectoryReader.describe(new java.nio.file.NotDirectoryException("/inbox/a")))
                .isEqualTo("cannot be read: not directory");
    }
}
