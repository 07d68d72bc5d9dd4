package dev.briefing.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.briefing.config.RemotePartitioningConfiguration;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.integration.channel.PublishSubscribeChannel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs in the foreground as a remote worker: takes extraction partitions from the broker, "
                + "one at a time, and runs them against the job repository it shares with the manager "
                + "(--spring.datasource.url=... for PostgreSQL), until SIGTERM, which lets the partition in hand "
                + "finish first.",
                "The manager's input directory must be readable here at the same path."})
class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", required = true, paramLabel = "URL",
            description = "The ActiveMQ Artemis broker the manager sends partitions to, e.g. tcp://broker-host:61616")
    String broker;

    @Mixin
    SpringOptions spring;

    @Override
    public Integer call() throws InterruptedException {
        try (BriefingContext context = spring.start("--briefing.remote.broker=" + broker,
                "--briefing.remote.worker=true")) {
            PrintWriter out = spec.commandLine().getOut();
            CountDownLatch terminated = new CountDownLatch(1);
            context.onTermination(terminated::countDown);
            context.bean(RemotePartitioningConfiguration.WORKER_RESULTS, PublishSubscribeChannel.class)
                    .subscribe(message -> report((StepExecution) message.getPayload(), out));
            out.println("Waiting for partitions from " + broker);
            out.flush();
            terminated.await();
            out.println("Worker stopped.");
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void report(StepExecution partition, PrintWriter out) {
        out.printf("Partition %s (step execution %d of run %d): %s, %d read, %d skipped, %d written%n",
                partition.getStepName(), partition.getId(), partition.getJobExecutionId(), partition.getStatus(),
                partition.getReadCount(), partition.getSkipCount(), partition.getWriteCount());
        out.flush();
    }
}
