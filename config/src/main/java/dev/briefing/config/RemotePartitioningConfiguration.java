package dev.briefing.config;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.PublishSubscribeChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * Spring Batch's remote partitioning over ActiveMQ Artemis, when {@code briefing.remote.broker} is set.
 *
 * <p>A manager ({@code briefing.remote.workers} above 0) replaces the local {@code extractStep} with a
 * manager step: it splits the input into that many partitions, sends one request per partition to
 * the {@value #QUEUE} queue, and polls the shared job repository until every partition has ended. A
 * worker ({@code briefing.remote.worker}) takes one request at a time and runs the same
 * {@code extractPartitionStep} as a local partition would, staging into the same database.
 *
 * <p>Delivery is at most once: a worker acknowledges a request as it takes it. A worker that dies
 * leaves its partition unfinished, the manager's step fails when its timeout runs out, marking the
 * partition failed ({@link UnfinishedPartitionsListener}), and a restart runs it again from its last
 * committed chunk, on whichever worker takes it, while
 * requests that outlived their run are dropped ({@link RunningPartitionSelector}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("briefing.remote.broker")
@EnableIntegration
public class RemotePartitioningConfiguration {

    /** The queue partition requests travel on. */
    public static final String QUEUE = "briefing.partitions";

    /** The channel a worker publishes each partition's ending {@code StepExecution} on. */
    public static final String WORKER_RESULTS = "workerResults";

    @Bean
    ConnectionFactory brokerConnectionFactory(BriefingProperties properties) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(properties.remote().broker());
        factory.setConsumerWindowSize(0);
        factory.setDeserializationAllowList(StepExecutionRequest.class.getName());
        return new NamedBrokerConnectionFactory(properties.remote().broker(), factory);
    }

    @Bean
    @ConditionalOnExpression("${briefing.remote.workers:0} > 0")
    Step extractStep(JobRepository jobRepository, ArticleRangePartitioner articleRangePartitioner,
            DirectChannel partitionRequests, BriefingProperties properties, BeanFactory beanFactory) {
        return new RemotePartitioningManagerStepBuilder(BriefingJobConfiguration.EXTRACT_STEP, jobRepository)
                .partitioner(BriefingJobConfiguration.EXTRACT_PARTITION_STEP, articleRangePartitioner)
                .gridSize(properties.remote().workers())
                .outputChannel(partitionRequests)
                .pollInterval(properties.remote().pollInterval().toMillis())
                .timeout(properties.remote().timeout().toMillis())
                .listener(new UnfinishedPartitionsListener(jobRepository))
                .beanFactory(beanFactory)
                .build();
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests,
            ConnectionFactory brokerConnectionFactory) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Jms.outboundAdapter(brokerConnectionFactory).destination(QUEUE))
                .get();
    }

    @Bean
    @ConditionalOnProperty(name = "briefing.remote.worker", havingValue = "true")
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory brokerConnectionFactory,
            JobRepository jobRepository, StepExecutionRequestHandler stepExecutionRequestHandler) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(brokerConnectionFactory)
                        .destination(QUEUE)
                        .configureListenerContainer(container -> container.concurrentConsumers(1)))
                .filter(StepExecutionRequest.class, new RunningPartitionSelector(jobRepository),
                        filter -> filter.discardChannel("nullChannel"))
                .handle(stepExecutionRequestHandler, "handle")
                .channel(WORKER_RESULTS)
                .get();
    }

    @Bean
    @ConditionalOnProperty(name = "briefing.remote.worker", havingValue = "true")
    StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository,
            BeanFactoryStepLocator stepLocator) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(stepLocator);
        return handler;
    }

    @Bean
    BeanFactoryStepLocator stepLocator() {
        return new BeanFactoryStepLocator();
    }

    @Bean
    PublishSubscribeChannel workerResults() {
        return new PublishSubscribeChannel();
    }
}
