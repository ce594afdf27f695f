package io.fintechkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Expands command-line arguments into inputs, one at a time: a file; a folder, walked recursively in name order,
 * hidden entries ({@code .name}) skipped and symbolic links to folders not followed; {@code -} for standard input;
 * an {@code http(s)} URL, fetched with Jsoup. Nothing is read before the stream gets to it, and only one folder
 * listing per level is held, so tens of thousands of files take the memory of one.
 */
public final class DocumentSources {

    /** 10 MiB: far above any news article, far below what would strain the heap. */
    public static final int DEFAULT_SIZE_LIMIT = 10 * 1024 * 1024;

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Larger arrays than this cannot be allocated on common JVMs. */
    private static final int MAX_SIZE_LIMIT = Integer.MAX_VALUE - 16;

    private final DocumentReader reader;
    private final Supplier<InputStream> standardInput;

    /** Reads up to {@link #DEFAULT_SIZE_LIMIT} bytes per input, fetches with {@link #DEFAULT_TIMEOUT}, {@code -} is {@code System.in}. */
    public DocumentSources() {
        this(DEFAULT_SIZE_LIMIT, DEFAULT_TIMEOUT, () -> System.in);
    }

    /** Reads up to {@code sizeLimit} bytes per input; otherwise as {@link #DocumentSources()}. */
    public DocumentSources(int sizeLimit) {
        this(sizeLimit, DEFAULT_TIMEOUT, () -> System.in);
    }

    /**
     * @param sizeLimit     the most bytes one input may have; larger ones become {@link Unreadable}
     * @param timeout       how long a URL may take to connect and to send its body
     * @param standardInput what {@code -} reads
     */
    public DocumentSources(int sizeLimit, Duration timeout, Supplier<InputStream> standardInput) {
        if (sizeLimit < 1 || sizeLimit > MAX_SIZE_LIMIT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "size limit must be between 1 and %,d bytes, was %,d", MAX_SIZE_LIMIT, sizeLimit));
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.reader = new DocumentReader(sizeLimit, timeout);
        this.standardInput = standardInput;
    }

    /** {@return the inputs the arguments name, lazily, in argument order and name order within folders} */
    public Stream<Input> open(List<String> arguments) {
        Iterator<Input> inputs = new Inputs(List.copyOf(arguments));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(inputs,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Walks arguments and folders with an explicit stack of iterators. A hand-written iterator, not
     * {@code Stream.flatMap}: pulling from a flat-mapped stream buffers each inner stream whole, which here would
     * be every document of a folder.
     */
    private final class Inputs implements Iterator<Input> {

        private final Deque<Iterator<?>> pending = new ArrayDeque<>();
        private boolean standardInputRead;
        private Input next;

        Inputs(List<String> arguments) {
            pending.push(arguments.iterator());
        }

        @Override
        public boolean hasNext() {
            while (next == null && !pending.isEmpty()) {
                Iterator<?> top = pending.peek();
                if (!top.hasNext()) {
                    pending.pop();
                } else {
                    // The argument list holds strings, folder listings hold paths.
                    Object item = top.next();
                    next = item instanceof Path entry ? entry(entry) : argument((String) item);
                }
            }
            return next != null;
        }

        @Override
        public Input next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Input input = next;
            next = null;
            return input;
        }

        /** {@return the input an argument names, or {@code null} after descending into a folder} */
        private Input argument(String argument) {
            if (argument.equals("-")) {
                if (standardInputRead) {
                    return new Unreadable("stdin", "-", "standard input was already read");
                }
                standardInputRead = true;
                return reader.stream("stdin", "-", standardInput.get());
            }
            String lower = argument.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                return reader.url(argument);
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                return new Unreadable(argument, argument, "not a valid path: " + e.getReason());
            }
            if (Files.isDirectory(path)) {
                return descend(path);
            }
            if (!Files.exists(path)) {
                return new Unreadable(String.valueOf(path.getFileName()), path.toAbsolutePath().toString(),
                        "no such file or folder");
            }
            return reader.file(path);
        }

        /** {@return the input a folder entry is, or {@code null} for a folder (descended into) or a skipped entry} */
        private Input entry(Path entry) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                return descend(entry);
            }
            return Files.isRegularFile(entry) ? reader.file(entry) : null;
        }

        private Input descend(Path folder) {
            try (Stream<Path> entries = Files.list(folder)) {
                List<Path> sorted = entries.filter(entry -> !isHidden(entry)).sorted().toList();
                pending.push(sorted.iterator());
                return null;
            } catch (IOException | RuntimeException e) {
                return new Unreadable(String.valueOf(folder.getFileName()), folder.toAbsolutePath().toString(),
                        "cannot list folder: " + e.getMessage());
            }
        }

        private static boolean isHidden(Path entry) {
            Path name = entry.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
