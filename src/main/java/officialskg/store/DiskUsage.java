package officialskg.store;

import officialskg.store.text.KgTextIndex;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.trans.bplustree.BPTStateMgr;
import org.apache.jena.tdb2.sys.SystemTDB;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much disk an embedded store takes: its TDB2 directory (every generation {@code Data-NNNN} in it) and the text
 * index beside it.
 *
 * <p>TDB2 grows its index files in sparse 8 MiB steps, so their lengths say little; what a database uses is, for
 * each B+tree, the blocks allocated so far (its {@code .bpt} state: node and record block limits, times the block
 * size), and the length of every other file (the node data, the journal). TDB2 writes copy-on-write and never reuses
 * a block within a generation, so every replaced article leaves its old blocks behind until {@code kg compact}
 * copies the live data into a new generation.
 *
 * @param databaseBytes  bytes the TDB2 database uses, all generations
 * @param fileBytes      apparent length of the TDB2 files (what {@code ls} shows; sparse)
 * @param textIndexBytes bytes of the Lucene text index
 * @param generations    number of {@code Data-NNNN} generations
 */
public record DiskUsage(long databaseBytes, long fileBytes, long textIndexBytes, int generations) {

    public long totalBytes() {
        return databaseBytes + textIndexBytes;
    }

    /** Measures the store in {@code storeDir} and its text index; zero for what does not exist. */
    public static DiskUsage of(Path storeDir) {
        long used = 0;
        long files = 0;
        int generations = 0;
        if (Files.isDirectory(storeDir)) {
            for (Path generation : list(storeDir)) {
                if (Files.isDirectory(generation) && generation.getFileName().toString().matches("Data-\\d+")) {
                    generations++;
                    for (Path file : list(generation)) {
                        files += size(file);
                        used += used(file);
                    }
                }
            }
        }
        return new DiskUsage(used, files, treeSize(KgTextIndex.beside(storeDir)), generations);
    }

    /** A B+tree's {@code .idn} (nodes) and {@code .dat} (records) up to their allocation limits; others whole. */
    private static long used(Path file) {
        String name = file.getFileName().toString();
        boolean nodes = name.endsWith(".idn");
        if (!nodes && !name.endsWith(".dat")) {
            return size(file);
        }
        Path state = file.resolveSibling(name.substring(0, name.length() - 4) + ".bpt");
        if (!Files.isRegularFile(state)) {
            return size(file);
        }
        BufferChannelFile channel = BufferChannelFile.create(state.toString());
        try {
            BPTStateMgr bpt = new BPTStateMgr(channel);
            long blocks = nodes ? bpt.getNodeBlocksLimit() : bpt.getRecordsBlocksLimit();
            return Math.min(size(file), blocks * SystemTDB.BlockSize);
        } finally {
            channel.close();
        }
    }

    private static long treeSize(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(DiskUsage::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            // A file deleted while measuring (an old generation) takes no space.
            return 0;
        }
    }
}
