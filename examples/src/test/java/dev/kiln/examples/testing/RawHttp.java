package dev.kiln.examples.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small HTTP/1.1 client over a plain socket, for what {@code java.net.http.HttpClient} will not
 * do: send malformed or unnormalized targets, stop mid-body, and read the trailers of a chunked
 * response. One request per connection.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /**
     * Connects to a local server.
     *
     * @param port the server's port on 127.0.0.1
     * @throws IOException when the connection fails
     */
    public RawHttp(int port) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Sends a request and reads its response.
     *
     * @param port the server's port
     * @param request the request head (and body), CRLFs included
     * @return the response
     * @throws IOException when the exchange fails
     */
    public static RawResponse exchange(int port, String request) throws IOException {
        try (RawHttp http = new RawHttp(port)) {
            http.send(request.getBytes(StandardCharsets.ISO_8859_1));
            return http.read();
        }
    }

    /**
     * Writes bytes to the socket.
     *
     * @param bytes what to send
     * @throws IOException when writing fails
     */
    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /**
     * Reads one response: the head, then a body framed by {@code Content-Length}, chunked coding
     * (with trailers) or the end of the connection.
     *
     * @return the response
     * @throws IOException when the response is cut short or malformed
     */
    public RawResponse read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not a status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, List<String>> headers = fields();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, List<String>> trailers = new LinkedHashMap<>();
        int chunks = 0;
        String transferEncoding = first(headers, "transfer-encoding");
        String contentLength = first(headers, "content-length");
        if (status == 204 || status == 304 || status / 100 == 1) {
            // no body
        } else if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            while (true) {
                String sizeLine = line();
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    trailers = fields();
                    break;
                }
                body.write(in.readNBytes(size));
                if (!line().isEmpty()) {
                    throw new IOException("chunk data not followed by CRLF");
                }
                chunks++;
            }
        } else if (contentLength != null) {
            long length = Long.parseLong(contentLength.trim());
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length != length) {
                throw new EOFException("body cut short: " + bytes.length + " of " + length + " bytes");
            }
            body.write(bytes);
        } else {
            body.write(in.readAllBytes());
        }
        return new RawResponse(status, headers, body.toByteArray(), trailers, chunks);
    }

    /**
     * Returns whether the server closed the connection (a read finds the end of the stream).
     *
     * @return whether the connection is closed by the peer
     * @throws IOException when reading fails otherwise
     */
    public boolean closedByServer() throws IOException {
        return in.read() == -1;
    }

    private Map<String, List<String>> fields() throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            fields.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return fields;
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? null : values.getFirst();
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("connection closed mid-line: " + line.toString(StandardCharsets.ISO_8859_1));
            }
            if (b == '\n' && previous == '\r') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
