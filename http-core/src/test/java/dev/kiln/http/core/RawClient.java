package dev.kiln.http.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A test-scope HTTP/1.1 client on a raw socket: writes exact bytes, reads responses strictly. */
final class RawClient implements AutoCloseable {

    /** One response as read from the wire. */
    record RawResponse(String statusLine, Map<String, String> headers, byte[] body, Map<String, String> trailers) {

        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    Socket socket() {
        return socket;
    }

    RawClient send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawClient send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        return this;
    }

    /** Writes the request one byte per write, with a flush after each. */
    RawClient sendByteByByte(String request) throws IOException {
        for (byte b : request.getBytes(StandardCharsets.ISO_8859_1)) {
            out.write(b);
            out.flush();
        }
        return this;
    }

    RawResponse read() throws IOException {
        return read(false);
    }

    /** Reads one response; for a response to HEAD, pass {@code headRequest} so no body is expected. */
    RawResponse read(boolean headRequest) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        Map<String, String> headers = fields();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        byte[] body;
        Map<String, String> trailers = Map.of();
        if (headRequest || status / 100 == 1 || status == 204 || status == 304) {
            body = new byte[0];
        } else if ("chunked".equals(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                data.write(in.readNBytes(size));
                if (!"".equals(line())) {
                    throw new IOException("chunk not followed by CRLF");
                }
            }
            trailers = fields();
            body = data.toByteArray();
        } else if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            body = in.readNBytes(length);
            if (body.length != length) {
                throw new IOException("body shorter than Content-Length");
            }
        } else {
            body = in.readAllBytes();
        }
        return new RawResponse(statusLine, headers, body, trailers);
    }

    /** Returns whether the server closed the connection (end of stream) within the read timeout. */
    boolean isClosedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private Map<String, String> fields() throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        String line;
        while ((line = line()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            fields.merge(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
        }
        return fields;
    }

    /** Reads one CRLF-terminated line; {@code null} at end of stream before any byte. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] bytes = line.toByteArray();
                if (bytes.length == 0 || bytes[bytes.length - 1] != '\r') {
                    throw new IOException("line not ending in CRLF");
                }
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
