package dev.briefing.processor.text;

import java.util.Arrays;
import java.util.Objects;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Greedy decoding of a maxent sequence model: at each position the valid outcome the model scores
 * highest, given the outcomes chosen before it. It is what OpenNLP's {@code BeamSearch} finds with a
 * beam of one, without the beam's bookkeeping (a sort of every outcome's score and a new sequence
 * per position), which was a fifth of the tagger's time.
 *
 * <p>Thread-safe when the maxent model is (OpenNLP's are): it keeps no state between calls.
 */
final class GreedySequenceModel implements SequenceClassificationModel {

    private final MaxentModel model;

    GreedySequenceModel(MaxentModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
            SequenceValidator<T> validator) {
        String[] outcomes = new String[sequence.length];
        for (int i = 0; i < sequence.length; i++) {
            String[] prior = Arrays.copyOf(outcomes, i);
            double[] scores = model.eval(contexts.getContext(i, sequence, prior, additionalContext));
            outcomes[i] = model.getOutcome(best(scores, i, sequence, prior, validator));
        }
        return new Sequence(Arrays.asList(outcomes));
    }

    /**
     * The index of the highest-scoring outcome the validator accepts there (the validator asked about
     * the best one first, others only when it refuses it), else the highest of all.
     */
    private <T> int best(double[] scores, int i, T[] sequence, String[] prior, SequenceValidator<T> validator) {
        int top = 0;
        for (int outcome = 1; outcome < scores.length; outcome++) {
            if (scores[outcome] > scores[top]) {
                top = outcome;
            }
        }
        if (validator.validSequence(i, sequence, prior, model.getOutcome(top))) {
            return top;
        }
        int best = -1;
        for (int outcome = 0; outcome < scores.length; outcome++) {
            if ((best < 0 || scores[outcome] > scores[best])
                    && validator.validSequence(i, sequence, prior, model.getOutcome(outcome))) {
                best = outcome;
            }
        }
        return best < 0 ? top : best;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
            BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, contexts, validator)};
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, contexts, validator)};
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        Arrays.setAll(outcomes, model::getOutcome);
        return outcomes;
    }
}
