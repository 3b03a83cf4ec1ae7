package homework.spinner;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Task 5: a progress indicator (a spinner) beside slow work.
 *
 * <p>{@link #withSpinner(Callable, Duration)} starts a spinner thread that prints the frames {@code |}, {@code /},
 * {@code -}, {@code \} in this cyclic order, starting with {@code |}, one frame per line ({@code println}), one
 * frame every {@code frameInterval} (the first at once). Meanwhile the calling thread runs {@code work.call()}
 * itself. When the work ends, the spinner is told to stop (a flag, an event or an interrupt), and
 * {@code withSpinner} waits for the spinner thread to end before it returns the work's result. If the work throws,
 * the spinner is stopped the same way and the same exception is rethrown, unwrapped.
 *
 * <p>Задача 5: индикатор рядом с долгой работой. {@code withSpinner} запускает поток индикатора, который печатает
 * кадры {@code |}, {@code /}, {@code -}, {@code \} по кругу в этом порядке, начиная с {@code |}, по одному кадру в
 * строке, по кадру каждые {@code frameInterval} (первый — сразу); тем временем вызывающий поток сам выполняет
 * {@code work.call()}. Когда работа заканчивается, индикатору сообщают, что пора остановиться (флагом, событием или
 * прерыванием), и {@code withSpinner} дожидается завершения потока индикатора, а затем возвращает результат работы.
 * Если работа выбрасывает исключение, индикатор останавливается так же, и выбрасывается то же самое исключение, без
 * обёртки.
 *
 * <pre>{@code
 * String s = Spinner.withSpinner(() -> { Thread.sleep(3000); return "done"; }, Duration.ofMillis(100));
 * // prints | / - \ | / ... for about 3 seconds from the spinner thread, then returns "done"
 * }</pre>
 */
public final class Spinner {

    private Spinner() {}

    /**
     * Runs {@code work} in the calling thread while a spinner thread prints frames, and returns its result once the
     * spinner thread has ended.
     *
     * <p>Выполняет {@code work} в вызывающем потоке, пока поток индикатора печатает кадры, и возвращает результат
     * работы, когда поток индикатора завершился.
     *
     * @param work the slow work; what it returns is returned, what it throws is rethrown as it is
     * @param frameInterval the time between two frames, positive
     * @param <T> the type of the work's result
     * @return what {@code work.call()} returned
     * @throws NullPointerException if {@code work} or {@code frameInterval} is null, before any thread starts
     * @throws IllegalArgumentException if {@code frameInterval} is zero or negative, before any thread starts
     * @throws Exception what {@code work.call()} threw, unchanged
     */
    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        throw new UnsupportedOperationException("TODO");
    }

    /** The original homework: a spinner, one frame every 200 ms, beside five seconds of work. */
    public static void main(String[] args) throws Exception {
        String result = withSpinner(() -> {
            Thread.sleep(5000);
            return "done";
        }, Duration.ofMillis(200));
        System.out.println(result);
    }
}
