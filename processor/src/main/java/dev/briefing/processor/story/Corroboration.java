package dev.briefing.processor.story;

import java.util.List;

/** When a fact counts as corroborated: two of its sources differ by outlet, or by article where no outlet is known. */
final class Corroboration {

    private Corroboration() {
    }

    static boolean of(List<Source> sources) {
        return sources.stream().map(Source::label).distinct().count() >= 2;
    }
}
