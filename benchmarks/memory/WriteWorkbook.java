import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** benchmarks/memory.sh: writes a learners' workbook of N rows (made-up names) with pfe-scheduling's test generator. */
public class WriteWorkbook {
    public static void main(String[] args) throws Exception {
        Class<?> files = Class.forName("be.pfe.operations.scheduling.imports.LargeFiles");
        Method workbook = files.getDeclaredMethod("workbook", int.class);
        workbook.setAccessible(true);
        byte[] bytes = (byte[]) workbook.invoke(null, Integer.parseInt(args[0]));
        Files.write(Path.of(args[1]), bytes);
        System.out.printf("[memory] %s: %,d rows, %.1f MB%n", args[1], Integer.parseInt(args[0]), bytes.length / 1048576.0);
    }
}
