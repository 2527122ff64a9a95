package dev.kiln.http.tls.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The trust manager of a server that does not ask for client certificates: it trusts no
 * certificate at all. Given to the {@code SSLContext} so that the JDK does not load its default
 * trust store ({@code cacerts}, tens of milliseconds at start-up) for checks that never happen;
 * should a check happen anyway, it fails. Immutable, thread-safe.
 */
final class RefusingTrustManager extends X509ExtendedTrustManager {

    static final RefusingTrustManager INSTANCE = new RefusingTrustManager();

    private RefusingTrustManager() {
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw refused();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw refused();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw refused();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw refused();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw refused();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw refused();
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private static CertificateException refused() {
        return new CertificateException("client certificates are not checked: client authentication is off");
    }
}
