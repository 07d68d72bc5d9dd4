package dev.briefing.app;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import dev.briefing.config.BriefingJobConfiguration;
import dev.briefing.config.BriefingJobParameters;
import dev.briefing.config.BriefingJobParametersValidator;
import dev.briefing.config.H2DatabaseBackup;
import dev.briefing.config.RunOwner;
import dev.briefing.config.RunningBriefings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs, restarts, stops and lists briefing runs through Spring Batch's {@link JobOperator} and
 * {@link JobRepository}. Runs are synchronous: each call returns when the execution has ended.
 *
 * <p>Before acting, every operation recovers executions left running by a process of this host that
 * has died (killed with {@code kill -9}, or the machine lost power): {@link JobOperator#recover} marks
 * them failed, so they can be restarted.
 */
@Component
class BriefingRuns {

    private static final Logger log = LoggerFactory.getLogger(BriefingRuns.class);

    /** How many of the latest runs a restart looks through. */
    private static final int RESTARTABLE_SEARCH = 100;

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job briefingJob;

    private final RunningBriefings runningBriefings;

    private final H2DatabaseBackup backup;

    BriefingRuns(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob,
            RunningBriefings runningBriefings, H2DatabaseBackup backup) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
        this.runningBriefings = runningBriefings;
        this.backup = backup;
    }

    /**
     * After a completed run, backs the H2 database up beside it and says where; a backup that fails is
     * told, and the run stays completed.
     */
    void backUpAfter(JobExecution execution, Consumer<String> say) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        try {
            backup.backUp().ifPresent(path -> say.accept("  database backed up to " + path));
        }
        catch (RuntimeException ex) {
            log.warn("Could not back up the database after execution {}", execution.getId(), ex);
            say.accept("  the database could not be backed up: " + OneLineErrorHandler.rootMessage(ex));
        }
    }

    /**
     * Briefs the input directory for the date, and waits for the run to end. Refuses a date whose
     * run completed (unless it is a rerun), failed or stopped (restart it instead), or is running.
     */
    JobExecution run(BriefingJobParameters parameters) {
        checkBeforeStart(parameters);
        try {
            return jobOperator.start(briefingJob, parameters.toJobParameters());
        }
        catch (InvalidJobParametersException ex) {
            throw new BriefingRefusedException(ex.getMessage(), ex);
        }
        catch (JobExecutionAlreadyRunningException | JobInstanceAlreadyCompleteException | JobRestartException
                | DataIntegrityViolationException | ConcurrencyFailureException ex) {
            throw new BriefingRefusedException("The briefing of " + parameters.input() + " for " + parameters.date()
                    + " was started by another process at the same time: " + OneLineErrorHandler.rootMessage(ex), ex);
        }
        catch (RuntimeException ex) {
            throw ServerEndedDuringRunException.orItself(ex);
        }
    }

    /**
     * Resumes the run of these parameters after the process serving the database ended during it: its
     * latest execution, left running by this process (which could not record its end) or failed, is
     * marked failed and restarted after its last committed chunk; if nothing was recorded, the run starts.
     *
     * @param started when this process began the run
     */
    JobExecution resumeAfterServerEnded(BriefingJobParameters parameters, LocalDateTime started) {
        JobExecution last = jobRepository.getLastJobExecution(BriefingJobConfiguration.JOB_NAME,
                parameters.toJobParameters());
        if (last == null) {
            return run(parameters);
        }
        JobExecution execution = execution(last.getId());
        if (execution.getStatus().isRunning() && leftByThisProcess(execution, started)) {
            log.warn("Execution {} of this process could not record its end: marking it failed, to resume it",
                    execution.getId());
            jobOperator.recover(execution);
        }
        return restart(execution.getId());
    }

    /**
     * Whether a running execution is the one this process left: it names this process as its owner,
     * or names none and was created since this process began the run (the process serving the
     * database ended between the execution's creation and the recording of its owner).
     */
    static boolean leftByThisProcess(JobExecution execution, LocalDateTime started) {
        Optional<RunOwner> owner = RunOwner.of(execution);
        if (owner.isPresent()) {
            return owner.get().equals(RunOwner.current());
        }
        return execution.getCreateTime() != null && !execution.getCreateTime().isBefore(started);
    }

    /**
     * Everything a run checks before it records anything.
     *
     * @throws ServerEndedBeforeRunException when the process serving the database ended meanwhile
     */
    private void checkBeforeStart(BriefingJobParameters parameters) {
        try {
            recoverAbandoned();
            validate(parameters);
            JobExecution last = jobRepository.getLastJobExecution(BriefingJobConfiguration.JOB_NAME,
                    parameters.toJobParameters());
            if (last != null) {
                throw refusal(parameters, last);
            }
            forgetInstanceWithoutExecution(parameters);
        }
        catch (RuntimeException ex) {
            throw ServerEndedBeforeRunException.orItself(ex);
        }
    }

    /**
     * Refuses a run that cannot succeed before anything is recorded for it: the job operator creates the
     * run's job instance before its validator refuses the parameters, and that instance without an
     * execution then blocked every later run of the date ("Cannot find any job execution").
     */
    private static void validate(BriefingJobParameters parameters) {
        try {
            new BriefingJobParametersValidator().validate(parameters.toJobParameters());
        }
        catch (InvalidJobParametersException ex) {
            throw new BriefingRefusedException(ex.getMessage(), ex);
        }
    }

    /** Removes the job instance a refused run of an earlier version left behind, with no execution. */
    private void forgetInstanceWithoutExecution(BriefingJobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(BriefingJobConfiguration.JOB_NAME,
                parameters.toJobParameters());
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            log.info("Removing job instance {}, left without an execution by a refused run", instance.getId());
            jobRepository.deleteJobInstance(instance);
        }
    }

    private static BriefingRefusedException refusal(BriefingJobParameters parameters, JobExecution last) {
        String run = "The briefing of " + parameters.input() + " for " + parameters.date();
        long id = last.getId();
        return new BriefingRefusedException(switch (last.getStatus()) {
            case COMPLETED -> run + " has already completed (execution " + id + "); add --rerun to brief it again";
            case FAILED, STOPPED -> run + " " + last.getStatus().name().toLowerCase() + " (execution " + id
                    + "); resume it with: briefing restart " + id;
            case STARTING, STARTED, STOPPING -> run + " is running (execution " + id
                    + RunOwner.of(last).map(owner -> ", process " + owner.pid() + " on " + owner.host()).orElse("")
                    + ")";
            default -> run + " ended " + last.getStatus() + " (execution " + id + "); add --rerun to brief it again";
        });
    }

    /**
     * Restarts the given execution, or the latest failed or stopped one, and waits for it to end.
     * Completed steps are not run again; the extraction resumes after its last committed chunk.
     */
    JobExecution restart(@Nullable Long executionId) {
        recoverAbandoned();
        JobExecution execution = executionId == null ? latestRestartable() : execution(executionId);
        if (execution.getStatus() == BatchStatus.UNKNOWN) {
            execution = failUnknown(execution);
        }
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new BriefingRefusedException("Execution " + execution.getId() + " is " + execution.getStatus()
                    + ": only a failed or stopped run can be restarted");
        }
        JobExecution later = laterCompletedIntoTheSameOutput(execution);
        if (later != null) {
            throw new BriefingRefusedException(superseded(execution, later)
                    + ": not restarted, so that its pack does not replace the later one");
        }
        try {
            return jobOperator.restart(execution);
        }
        catch (JobRestartException ex) {
            throw new BriefingRefusedException("Execution " + execution.getId() + " cannot be restarted: "
                    + OneLineErrorHandler.rootMessage(ex), ex);
        }
        catch (RuntimeException ex) {
            throw ServerEndedDuringRunException.orItself(ex);
        }
    }

    /**
     * Marks failed an execution that ended UNKNOWN, and its steps that did, so that it can be restarted.
     * Spring Batch leaves an execution UNKNOWN when it could not record how a step ended (the process
     * serving the database died in between); what the run committed is in the database, its pack is
     * published only by its last step, so resuming it after its last committed chunk loses and
     * duplicates nothing, as after a killed process. One whose process still runs is left alone.
     */
    private JobExecution failUnknown(JobExecution execution) {
        RunOwner owner = RunOwner.of(execution).orElse(null);
        RunOwner self = RunOwner.current();
        if (owner != null && owner.host().equals(self.host()) && !owner.equals(self) && !owner.isDeadHere()) {
            return execution;
        }
        log.warn("Execution {} ended UNKNOWN: marking it and its unknown steps failed, to restart it", execution.getId());
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED);
        jobRepository.update(execution);
        return execution(execution.getId());
    }

    /**
     * Asks the executions this process is running to stop at their next chunk boundary.
     *
     * @return whether any was running
     */
    boolean stopRunningHere() {
        return runningBriefings.stopAll();
    }

    /**
     * Marks failed the executions left running by a process of this host that has ended.
     *
     * @return the executions recovered
     */
    List<RunSummary> recoverAbandoned() {
        List<RunSummary> recovered = new ArrayList<>();
        for (JobExecution running : jobRepository.findRunningJobExecutions(BriefingJobConfiguration.JOB_NAME)) {
            JobExecution execution = execution(running.getId());
            RunOwner owner = RunOwner.of(execution).orElse(null);
            if (owner != null && owner.isDeadHere()) {
                log.warn("Execution {} was left running by process {} on {}, which has ended: marking it failed",
                        execution.getId(), owner.pid(), owner.host());
                recovered.add(RunSummary.of(jobOperator.recover(execution)));
            }
        }
        return recovered;
    }

    /** The execution as the outcome of its run: counted over all the run's executions. */
    RunSummary runOf(JobExecution execution) {
        return RunSummary.ofRun(execution, jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .map(e -> execution(e.getId())).toList());
    }

    /** The most recent executions, newest first. */
    List<RunSummary> recent(int count) {
        return jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0, count).stream()
                .map(jobRepository::getJobExecutions)
                .flatMap(List::stream)
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(count)
                .map(e -> RunSummary.of(execution(e.getId())))
                .toList();
    }

    private JobExecution execution(long id) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(id);
        }
        catch (EmptyResultDataAccessException ex) {
            execution = null;
        }
        if (execution == null) {
            throw new BriefingRefusedException("There is no execution " + id + " (see briefing status)");
        }
        return execution;
    }

    private JobExecution latestRestartable() {
        String supersededNote = "";
        for (JobInstance instance : jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0,
                RESTARTABLE_SEARCH)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED
                    || last.getStatus() == BatchStatus.UNKNOWN)) {
                JobExecution execution = execution(last.getId());
                JobExecution later = laterCompletedIntoTheSameOutput(execution);
                if (later == null) {
                    return execution;
                }
                supersededNote = supersededNote.isEmpty() ? " (" + superseded(execution, later) + ")" : supersededNote;
            }
        }
        throw new BriefingRefusedException("There is no failed or stopped briefing run to restart" + supersededNote);
    }

    /**
     * A completed execution of the same date into the same output directory that started after the
     * given one: a rerun that wrote the pack a restart of the older execution would replace.
     */
    private @Nullable JobExecution laterCompletedIntoTheSameOutput(JobExecution execution) {
        var parameters = execution.getJobParameters();
        String date = String.valueOf(parameters.getLocalDate(BriefingJobParameters.DATE));
        String output = parameters.getString(BriefingJobParameters.OUTPUT);
        for (JobInstance instance : jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0,
                RESTARTABLE_SEARCH)) {
            if (instance.getInstanceId() <= execution.getJobInstanceId()) {
                break;
            }
            for (JobExecution other : jobRepository.getJobExecutions(instance)) {
                var its = other.getJobParameters();
                if (other.getStatus() == BatchStatus.COMPLETED && other.getId() > execution.getId()
                        && date.equals(String.valueOf(its.getLocalDate(BriefingJobParameters.DATE)))
                        && Objects.equals(output, its.getString(BriefingJobParameters.OUTPUT))) {
                    return other;
                }
            }
        }
        return null;
    }

    private static String superseded(JobExecution execution, JobExecution later) {
        return "execution " + execution.getId() + " is superseded: execution " + later.getId() + " of "
                + later.getJobParameters().getLocalDate(BriefingJobParameters.DATE) + " completed later into the "
                + "same output, " + later.getJobParameters().getString(BriefingJobParameters.OUTPUT);
    }
}
