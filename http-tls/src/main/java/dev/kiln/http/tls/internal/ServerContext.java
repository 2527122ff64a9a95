package dev.kiln.http.tls.internal;

import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * One loaded generation of TLS material: the context new connections are made with, the parameters
 * every socket gets (never changed after creation, so shared), and the stamps of the files it was
 * loaded from.
 *
 * @param context the SSL context
 * @param parameters protocols, cipher suites, ALPN and client authentication
 * @param certificate the server's certificate
 * @param stamps the files as they were before reading
 */
public record ServerContext(SSLContext context, SSLParameters parameters, X509Certificate certificate,
        List<FileStamp> stamps) {
}
