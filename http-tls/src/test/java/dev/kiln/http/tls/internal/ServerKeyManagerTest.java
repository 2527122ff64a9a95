package dev.kiln.http.tls.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key manager over the loaded key: it picks the key as the JDK's SunX509 key manager would. */
class ServerKeyManagerTest {

    @TempDir
    static Path dir;
    private static PrivateKey key;
    private static X509Certificate[] chain;
    private static X509Certificate selfSigned;

    @BeforeAll
    static void generate() throws Exception {
        Path store = dir.resolve("keys.p12");
        keytool(store, "-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Unit CA",
                "-ext", "bc:c");
        keytool(store, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-signer", "ca");
        keytool(store, "-genkeypair", "-alias", "alone", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=alone");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(new ByteArrayInputStream(Files.readAllBytes(store)), "changeit".toCharArray());
        key = (PrivateKey) keys.getKey("server", "changeit".toCharArray());
        chain = List.of(keys.getCertificateChain("server")).toArray(X509Certificate[]::new);
        selfSigned = (X509Certificate) keys.getCertificate("alone");
    }

    private static void keytool(Path store, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-validity", "2"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "keytool failed: " + output);
    }

    private static ServerKeyManager manager() {
        return new ServerKeyManager(new KeyMaterial(key, List.of(chain)));
    }

    @Test
    void offersTheKeyForItsOwnAlgorithm() {
        ServerKeyManager manager = manager();

        assertEquals(ServerKeyManager.ALIAS, manager.chooseServerAlias("EC", null, null));
        assertEquals(ServerKeyManager.ALIAS, manager.chooseEngineServerAlias("EC", new Principal[0], null));
        assertArrayEquals(new String[] {ServerKeyManager.ALIAS}, manager.getServerAliases("EC", null));
        assertSame(key, manager.getPrivateKey(ServerKeyManager.ALIAS));
        assertArrayEquals(chain, manager.getCertificateChain(ServerKeyManager.ALIAS));
    }

    @Test
    void offersNothingForAnotherAlgorithm() {
        ServerKeyManager manager = manager();

        assertNull(manager.chooseServerAlias("RSA", null, null));
        assertNull(manager.chooseServerAlias("RSASSA-PSS", null, null));
        assertNull(manager.chooseServerAlias("EdDSA", null, null));
        assertNull(manager.chooseServerAlias(null, null, null));
        assertNull(manager.getServerAliases("RSA", null));
    }

    @Test
    void checksTheIssuersKeyForACombinedKeyType() {
        ServerKeyManager manager = manager();

        assertEquals(ServerKeyManager.ALIAS, manager.chooseServerAlias("EC_RSA", null, null), "signed by an RSA CA");
        assertNull(manager.chooseServerAlias("EC_EC", null, null));
        ServerKeyManager alone = new ServerKeyManager(new KeyMaterial(key, List.of(selfSigned)));
        assertEquals(ServerKeyManager.ALIAS, alone.chooseServerAlias("EC_EC", null, null), "SHA256withECDSA, self-signed");
        assertNull(alone.chooseServerAlias("EC_RSA", null, null));
    }

    @Test
    void offersTheKeyOnlyToClientsThatAcceptOneOfItsIssuers() {
        ServerKeyManager manager = manager();

        assertEquals(ServerKeyManager.ALIAS, manager.chooseServerAlias("EC",
                new Principal[] {new X500Principal("CN=Other"), new X500Principal("CN=Unit CA")}, null));
        assertNull(manager.chooseServerAlias("EC", new Principal[] {new X500Principal("CN=Other")}, null));
        Principal named = () -> "CN=Unit CA";
        Principal notADistinguishedName = () -> "not a name";
        assertEquals(ServerKeyManager.ALIAS, manager.chooseServerAlias("EC", new Principal[] {notADistinguishedName, named}, null));
        assertNull(manager.chooseServerAlias("EC", new Principal[] {notADistinguishedName}, null));
    }

    @Test
    void knowsNoOtherAliasAndNoClientKey() {
        ServerKeyManager manager = manager();

        assertNull(manager.getPrivateKey("other"));
        assertNull(manager.getCertificateChain("other"));
        assertNull(manager.getClientAliases("EC", null));
        assertNull(manager.chooseClientAlias(new String[] {"EC"}, null, null));
        assertNull(manager.chooseEngineClientAlias(new String[] {"EC"}, null, null));
    }

    @Test
    void handsOutACopyOfTheChain() {
        ServerKeyManager manager = manager();
        X509Certificate[] first = manager.getCertificateChain(ServerKeyManager.ALIAS);
        first[0] = null;

        assertNotSame(first, manager.getCertificateChain(ServerKeyManager.ALIAS));
        assertSame(chain[0], manager.getCertificateChain(ServerKeyManager.ALIAS)[0]);
    }
}
