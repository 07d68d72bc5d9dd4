package dev.briefing.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.text.Token;

/** Loads the cue lexicons of {@code reference/}: rows of a label and the forms that carry it. */
final class Cues {

    private Cues() {
    }

    /** A lexicon of every form of the file, matching in any case, valued by its row's label. */
    static <V> PhraseLexicon<V> lexicon(String file, Function<String, V> label) {
        PhraseLexicon<V> lexicon = PhraseLexicon.ignoringCase();
        for (String[] row : ReferenceData.rows(file)) {
            V value = label.apply(row[0]);
            ReferenceData.items(row[1]).forEach(form -> lexicon.add(form, value));
        }
        return lexicon;
    }

    /** One lexicon per row of the file, in file order, for cues tried in priority order. */
    static <V> List<Labelled<V>> ordered(String file, Function<String, V> label) {
        List<Labelled<V>> lexicons = new ArrayList<>();
        for (String[] row : ReferenceData.rows(file)) {
            PhraseLexicon<Boolean> lexicon = PhraseLexicon.ignoringCase();
            ReferenceData.items(row[1]).forEach(form -> lexicon.add(form, true));
            lexicons.add(new Labelled<>(label.apply(row[0]), lexicon));
        }
        return lexicons;
    }

    record Labelled<V>(V label, PhraseLexicon<Boolean> forms) {

        boolean foundIn(List<Token> tokens, int from, int to) {
            for (int k = Math.max(0, from); k < to; k++) {
                PhraseLexicon.Match<Boolean> match = forms.at(tokens, k);
                if (match != null && match.end() <= to) {
                    return true;
                }
            }
            return false;
        }
    }

    static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type) {
        return label -> Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
    }
}
