package dev.briefing.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes an inbox of distinct synthetic news reports, large enough for a run to be interrupted in
 * the middle of its extraction. Each report names countries, an official and a pledge, so the
 * extractor has work to do; a seeded generator makes the inbox the same on every machine.
 */
final class SyntheticInbox {

    private static final List<String> COUNTRIES = List.of("France", "Germany", "Japan", "Brazil", "Kenya", "Canada",
            "India", "Mexico", "Norway", "Egypt", "Chile", "Poland");

    private static final List<String> TOPICS = List.of("trade", "energy", "fisheries", "rail links", "vaccines",
            "border checks", "grain exports", "cyber security");

    private SyntheticInbox() {
    }

    static Path write(Path directory, int count) {
        Random random = new Random(20240101L);
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < count; i++) {
                Files.writeString(directory.resolve("report-%05d.txt".formatted(i)), report(i, random));
            }
            return directory;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String report(int number, Random random) {
        String host = pick(COUNTRIES, random);
        String guest = pick(COUNTRIES, random);
        String topic = pick(TOPICS, random);
        StringBuilder text = new StringBuilder()
                .append("Talks on ").append(topic).append(" between ").append(host).append(" and ").append(guest)
                .append(", round ").append(number).append("\n\nWire Service March 4, 2024\n\n");
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            text.append("Foreign Minister Ana Ruiz said on Monday that ").append(host).append(" would expand its ")
                    .append(topic).append(" programme with ").append(guest).append(" by ").append(2025 + paragraph)
                    .append(", adding ").append(random.nextInt(900) + 100).append(" million in funding. ")
                    .append("Officials from ").append(guest).append(" warned that the plan of round ").append(number)
                    .append(" could be delayed if parliament objected, and asked for a review of the ")
                    .append(random.nextInt(50) + 1).append(" clauses still open. ")
                    .append("The talks, the ").append(paragraph + 1).append(" session this week, ended late.\n\n");
        }
        return text.toString();
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
