package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GreedySequenceModelTests {

    private static POSModel model;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in = GreedySequenceModelTests.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
    }

    @Test
    void tagsAsOpenNlpsBeamSearchWithABeamOfOne() {
        MaxentModel maxent = model.getArtifact("pos.model");
        POSTaggerME beam = new POSTaggerME(new POSModel("en", maxent, 1, null, model.getFactory()));
        POSTaggerME greedy = new POSTaggerME(new POSModel("en", new GreedySequenceModel(maxent), null, model.getFactory()));
        String[][] sentences = {
                {"The", "minister", "said", "the", "talks", "would", "resume", "on", "Monday", "."},
                {"\"", "We", "wo", "n't", "back", "down", ",", "\"", "she", "told", "reporters", "."},
                {"Exports", "rose", "3", "%", "after", "the", "deal", "was", "signed", "in", "Istanbul", "."},
        };
        for (String[] sentence : sentences) {
            assertThat(greedy.tag(sentence)).as(String.join(" ", sentence)).containsExactly(beam.tag(sentence));
        }
    }

    @Test
    void listsTheModelsOutcomes() {
        MaxentModel maxent = model.getArtifact("pos.model");
        assertThat(new GreedySequenceModel(maxent).getOutcomes()).hasSize(maxent.getNumOutcomes()).contains("NOUN", "VERB");
    }
}
