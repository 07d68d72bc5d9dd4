package dev.briefing.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.reader.ArticleDirectoryReader;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the input directory into contiguous ranges of file names, one per partition of the
 * extraction, of nearly equal sizes: partitions read side by side, each in name order, each
 * restartable on its own from its execution context.
 *
 * <p>Small inboxes are not split below a minimum number of articles per partition, so a run of a
 * handful of files stays one partition.
 */
public class ArticleRangePartitioner implements Partitioner {

    /** The first file name of a partition, inclusive. */
    public static final String FIRST = "range.first";

    /** The last file name of a partition, inclusive. */
    public static final String LAST = "range.last";

    /** How many entries the range holds, for its progress. */
    public static final String SIZE = "range.size";

    private final Path input;

    private final int minimumPerPartition;

    public ArticleRangePartitioner(Path input, int minimumPerPartition) {
        this.input = input;
        this.minimumPerPartition = Math.max(1, minimumPerPartition);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> names = ArticleDirectoryReader.list(input);
        int partitions = Math.max(1, Math.min(gridSize, names.size() / minimumPerPartition));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            int from = (int) ((long) names.size() * i / partitions);
            int to = (int) ((long) names.size() * (i + 1) / partitions) - 1;
            ExecutionContext range = new ExecutionContext();
            if (from <= to) {
                range.putString(FIRST, names.get(from));
                range.putString(LAST, names.get(to));
            }
            range.putLong(SIZE, Math.max(0, to - from + 1));
            ranges.put("range-%04d".formatted(i), range);
        }
        return ranges;
    }
}
