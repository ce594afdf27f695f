package io.fintechkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;

/** Reads one file, stream or URL into a {@link Document}, never holding more than the size limit plus one byte. */
final class DocumentReader {

    private final int sizeLimit;
    private final Duration timeout;

    DocumentReader(int sizeLimit, Duration timeout) {
        this.sizeLimit = sizeLimit;
        this.timeout = timeout;
    }

    Input file(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String origin = path.toAbsolutePath().normalize().toString();
        try {
            // The size on disk decides before any byte is read: a 50 MB file costs a stat, not 50 MB of heap.
            long size = Files.size(path);
            if (size > sizeLimit) {
                return new Unreadable(name, origin, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return bounded(name, origin, in);
            }
        } catch (NoSuchFileException e) {
            return new Unreadable(name, origin, "no such file or folder");
        } catch (AccessDeniedException e) {
            return new Unreadable(name, origin, "permission denied");
        } catch (IOException e) {
            return new Unreadable(name, origin, "cannot read: " + e.getMessage());
        }
    }

    Input stream(String name, String origin, InputStream in) {
        try {
            return bounded(name, origin, in);
        } catch (IOException e) {
            return new Unreadable(name, origin, "cannot read: " + e.getMessage());
        }
    }

    Input url(String url) {
        String name = nameOf(url);
        try {
            Connection.Response response = Jsoup.connect(url)
                    .timeout(Math.toIntExact(Math.min(Integer.MAX_VALUE, timeout.toMillis())))
                    .maxBodySize(sizeLimit + 1) // one byte over the limit tells "too large" from "exactly the limit"
                    .ignoreContentType(true)
                    .followRedirects(true)
                    .userAgent("fintech-kg")
                    .execute();
            String declared = response.header("Content-Length");
            if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > sizeLimit) {
                return new Unreadable(name, url, tooLarge(Long.parseLong(declared.strip())));
            }
            byte[] body = response.bodyAsBytes();
            if (body.length > sizeLimit) {
                return new Unreadable(name, url, tooLargeStream());
            }
            return new Document(name, url, body);
        } catch (HttpStatusException e) {
            return new Unreadable(name, url, "HTTP status " + e.getStatusCode());
        } catch (SocketTimeoutException | HttpTimeoutException e) {
            // Jsoup fetches with java.net.http when it can, with HttpURLConnection otherwise.
            return new Unreadable(name, url, "timed out after " + timeout.toSeconds() + " s");
        } catch (UnknownHostException e) {
            return new Unreadable(name, url, "unknown host " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Jsoup reports a malformed URL or an unsupported protocol as IllegalArgumentException.
            return new Unreadable(name, url, "cannot fetch: " + e.getMessage());
        }
    }

    private Input bounded(String name, String origin, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(sizeLimit + 1);
        if (bytes.length > sizeLimit) {
            return new Unreadable(name, origin, tooLargeStream());
        }
        return new Document(name, origin, bytes);
    }

    private String tooLarge(long size) {
        return String.format(Locale.ROOT, "too large: %,d bytes, limit %,d", size, sizeLimit);
    }

    private String tooLargeStream() {
        return String.format(Locale.ROOT, "too large: more than %,d bytes, limit %,d", sizeLimit, sizeLimit);
    }

    /** The last segment of the URL's path, or its host when the path is empty: {@code https://a.cn/x/doc-1.shtml} → {@code doc-1.shtml}. */
    static String nameOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            int end = path.length();
            while (end > 0 && path.charAt(end - 1) == '/') {
                end--;
            }
            String segment = path.substring(path.lastIndexOf('/', end - 1) + 1, end);
            if (!segment.isEmpty()) {
                return segment;
            }
            return uri.getHost() != null ? uri.getHost() : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
