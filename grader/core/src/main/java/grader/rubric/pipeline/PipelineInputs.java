package grader.rubric.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The inputs of the main call, drawn from the run's seed: 2 to 4 batches, 2 to 4 consumers, and as many items as makes every round of the consumers full (a multiple of {@code consumers}, at
 * least 3 rounds), so that one consumer after another takes at least twice the rounds a correct run takes.
 *
 * <p>Every batch has more items than the queue holds ({@code consumers}), so no producer can finish before the
 * first takes are let go, when all consumers are running: a pool thread that ran a producer can never be handed a
 * consumer afterwards. Items are a batch's letter and a number, in no sorted order ({@code a7, a3, a9}), so a
 * producer that reorders its batch is seen.
 *
 * @param batches the batches, in order
 * @param consumers the number of consumers asked for
 * @param heldItem the item whose put the held-put call holds back: the second-to-last of a batch drawn at random
 */
public record PipelineInputs(List<List<String>> batches, int consumers, String heldItem) {

    public PipelineInputs {
        batches = batches.stream().map(List::copyOf).toList();
    }

    static PipelineInputs draw(Random random) {
        int consumers = 2 + random.nextInt(3);
        int batchCount = 2 + random.nextInt(3);
        // every batch gets at least consumers + 1 items: more than the queue holds
        int rounds = Math.max(3, (batchCount * (consumers + 1) + consumers - 1) / consumers);
        int items = rounds * consumers;
        List<List<String>> batches = new ArrayList<>();
        for (int b = 0; b < batchCount; b++) {
            int size = items / batchCount + (b < items % batchCount ? 1 : 0);
            List<Integer> numbers = new ArrayList<>();
            for (int i = 1; i <= 9 + size; i++) {
                numbers.add(i);
            }
            Collections.shuffle(numbers, random);
            char letter = (char) ('a' + b);
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(letter + String.valueOf(numbers.get(i)));
            }
            if (isSorted(batch)) {
                Collections.swap(batch, 0, 1); // a sorted batch would hide a producer that sorts
            }
            batches.add(batch);
        }
        List<String> held = batches.get(random.nextInt(batchCount));
        return new PipelineInputs(batches, consumers, held.get(held.size() - 2));
    }

    private static boolean isSorted(List<String> batch) {
        for (int i = 1; i < batch.size(); i++) {
            if (batch.get(i - 1).compareTo(batch.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Every item, batch after batch. */
    public List<String> items() {
        return batches.stream().flatMap(List::stream).toList();
    }

    /** How many rounds of {@code consumers} items a correct run takes: ⌈items / consumers⌉. */
    public int rounds() {
        return (items().size() + consumers - 1) / consumers;
    }
}
