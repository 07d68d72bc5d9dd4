package dev.briefing.config;

import java.util.List;

import dev.briefing.writer.AtomicPackPublisher;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a run: moves the complete pack files from their temporary names into place.
 * Runs only after every file of the pack was written, so a failure earlier leaves the previous pack
 * untouched.
 */
public class PublishPackTasklet implements Tasklet {

    private final AtomicPackPublisher publisher;

    private final List<String> files;

    public PublishPackTasklet(AtomicPackPublisher publisher, List<String> files) {
        this.publisher = publisher;
        this.files = List.copyOf(files);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        publisher.publish(files);
        return RepeatStatus.FINISHED;
    }
}
