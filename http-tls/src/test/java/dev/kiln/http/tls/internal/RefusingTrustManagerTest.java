package dev.kiln.http.tls.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/** The trust manager of a server without client authentication trusts no certificate. */
class RefusingTrustManagerTest {

    private final RefusingTrustManager trust = RefusingTrustManager.INSTANCE;
    private final X509Certificate[] chain = new X509Certificate[0];

    @Test
    void acceptsNoIssuer() {
        assertEquals(0, trust.getAcceptedIssuers().length);
    }

    @Test
    void refusesEveryClientCertificate() {
        CertificateException refused = assertThrows(CertificateException.class, () -> trust.checkClientTrusted(chain, "EC"));
        assertEquals("client certificates are not checked: client authentication is off", refused.getMessage());
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(chain, "RSA", (Socket) null));
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(chain, "RSA", (SSLEngine) null));
    }

    @Test
    void refusesEveryServerCertificate() {
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(chain, "EC"));
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(chain, "RSA", (Socket) null));
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(chain, "RSA", (SSLEngine) null));
    }
}
