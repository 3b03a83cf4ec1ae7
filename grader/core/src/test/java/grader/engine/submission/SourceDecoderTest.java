package grader.engine.submission;

import static org.assertj.core.api.Assertions.assertThat;

import grader.engine.compile.Compilation;
import grader.engine.compile.TaskCompiler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDecoderTest {

    private static final String CYRILLIC = """
            package homework.squares;

            // Квадраты и кубы: считаем в двух потоках
            public class SquaresAndCubes {
                /* ещё комментарий: ёЁ */
                String s = "строка";
            }
            """;

    private static byte[] withBom(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    @Test
    void utf8WithCyrillicCommentsDecodesWithoutANote() {
        var decoded = SourceDecoder.decode(CYRILLIC.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(CYRILLIC);
        assertThat(decoded.note()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsRemovedWithoutANote() {
        var decoded = SourceDecoder.decode(withBom(CYRILLIC.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(CYRILLIC).doesNotStartWith("\uFEFF");
        assertThat(decoded.note()).isEmpty();
    }

    @Test
    void windows1251BytesAreDecodedAsWindows1251WithANote() {
        byte[] bytes = CYRILLIC.getBytes(Charset.forName("windows-1251"));

        var decoded = SourceDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(CYRILLIC);
        assertThat(decoded.note()).contains("Windows-1251").contains("UTF-8");
    }

    @Test
    void asciiOnlyFileIsUtf8WithoutANote() {
        var decoded = SourceDecoder.decode("class A {}\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.text()).isEqualTo("class A {}\n");
        assertThat(decoded.note()).isEmpty();
    }

    @Test
    void emptyFileDecodesToEmptyText() {
        assertThat(SourceDecoder.decode(new byte[0])).isEqualTo(new SourceDecoder.Decoded("", ""));
        assertThat(SourceDecoder.decode(withBom(new byte[0]))).isEqualTo(new SourceDecoder.Decoded("", ""));
    }

    @Test
    void crlfLineEndingsArePreserved() {
        String crlf = CYRILLIC.replace("\n", "\r\n");

        var decoded = SourceDecoder.decode(crlf.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(crlf).contains("\r\n");
        assertThat(decoded.note()).isEmpty();
    }

    @Test
    void decodedCrlfWindows1251FileCompiles(@TempDir Path dir) throws Exception {
        String crlf = CYRILLIC.replace("\n", "\r\n");
        var decoded = SourceDecoder.decode(crlf.getBytes(Charset.forName("windows-1251")));
        var source = new SourceFile(dir.resolve("SquaresAndCubes.java"), "homework/squares/SquaresAndCubes.java",
                decoded.text(), decoded.note());

        Compilation compilation = new TaskCompiler().compile(List.of(source), dir.resolve("classes"));

        assertThat(compilation.errors()).isEmpty();
        assertThat(dir.resolve("classes/homework/squares/SquaresAndCubes.class")).isRegularFile();
    }
}
