package dev.kiln.http.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import java.net.Socket;
import java.security.Principal;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Keys and certificates made once per test JVM with the running JDK's {@code keytool}: a test CA,
 * servers for {@code localhost}/{@code 127.0.0.1} signed by it, a client certificate, a self-signed
 * "rogue" client and an expired server certificate. Each is written as a PEM chain
 * ({@code name.crt}), a PKCS#8 PEM key ({@code name.key}) and a PKCS#12 keystore ({@code name.p12},
 * password {@value #STORE_PASSWORD}). Other key formats come from {@code openssl} when it is
 * installed ({@link #openssl(String...)}).
 */
final class TestPki {

    static final String STORE_PASSWORD = "changeit";
    static final String KEY_PASSWORD = "secret";

    private static TestPki instance;

    final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    /** Returns the PKI, generating it on first use. */
    static synchronized TestPki get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("kiln-tls-pki");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                instance = new TestPki(dir);
                instance.generate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private void generate() throws IOException {
        Path all = dir.resolve("all.p12");
        String san = "san=dns:localhost,ip:127.0.0.1";
        keytool(all, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Kiln Test CA", "-ext", "bc:c", "-validity", "30");
        keytool(all, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", san, "-signer", "ca", "-validity", "30");
        keytool(all, "-genkeypair", "-alias", "renewed", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost,O=Renewed", "-ext", san, "-signer", "ca", "-validity", "30");
        keytool(all, "-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=test-client", "-signer", "ca", "-validity", "30");
        keytool(all, "-genkeypair", "-alias", "rogue", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=rogue-client", "-validity", "30");
        keytool(all, "-genkeypair", "-alias", "expired", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost,O=Expired", "-ext", san, "-signer", "ca", "-startdate", "-3d", "-validity", "1");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(all)) {
                store.load(in, STORE_PASSWORD.toCharArray());
            }
            for (String alias : List.of("ca", "server", "renewed", "client", "rogue", "expired")) {
                PrivateKey key = (PrivateKey) store.getKey(alias, STORE_PASSWORD.toCharArray());
                Certificate[] chain = store.getCertificateChain(alias);
                Files.writeString(file(alias + ".crt"), pem(chain));
                Files.writeString(file(alias + ".key"), pem("PRIVATE KEY", key.getEncoded()));
                KeyStore single = KeyStore.getInstance("PKCS12");
                single.load(null, null);
                single.setKeyEntry(alias, key, STORE_PASSWORD.toCharArray(), chain);
                try (OutputStream out = Files.newOutputStream(file(alias + ".p12"))) {
                    single.store(out, STORE_PASSWORD.toCharArray());
                }
            }
            PrivateKey serverKey = (PrivateKey) store.getKey("server", STORE_PASSWORD.toCharArray());
            Files.writeString(file("server-encrypted.key"),
                    pem("ENCRYPTED PRIVATE KEY", encrypt(serverKey.getEncoded(), KEY_PASSWORD.toCharArray())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns a file of the PKI, e.g. {@code server.crt}. */
    Path file(String name) {
        return dir.resolve(name);
    }

    /** Returns the leaf certificate of an entity. */
    X509Certificate certificate(String name) {
        try (InputStream in = Files.newInputStream(file(name + ".crt"))) {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns a client context trusting the test CA, presenting no certificate. */
    SSLContext clientContext() {
        return clientContext(null);
    }

    /** Returns a client context trusting the test CA, presenting an entity's certificate (or none). */
    SSLContext clientContext(String clientName) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", certificate("ca"));
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            KeyManagerFactory keyManagers = null;
            if (clientName != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file(clientName + ".p12"))) {
                    keys.load(in, STORE_PASSWORD.toCharArray());
                }
                keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(keys, STORE_PASSWORD.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers == null ? null : new KeyManager[] {new AlwaysPresent(
                    (X509ExtendedKeyManager) keyManagers.getKeyManagers()[0], clientName)},
                    trustManagers.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A client key manager that presents its certificate whatever authorities the server names, as
     * a misconfigured or hostile client would (the JDK's own picks only certificates the server
     * trusts, so a self-signed one would never reach the server).
     */
    private static final class AlwaysPresent extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager keys;
        private final String alias;

        AlwaysPresent(X509ExtendedKeyManager keys, String alias) {
            this.keys = keys;
            this.alias = alias;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }
    }

    /** Returns whether {@code openssl} is on the PATH. */
    static boolean hasOpenssl() {
        return hasProgram("openssl");
    }

    /** Returns whether a program is on the PATH. */
    static boolean hasProgram(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, name)));
    }

    /** Runs {@code openssl} in the PKI folder and returns its output; fails the test when it fails. */
    String openssl(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        return run(command, null);
    }

    /** Runs a command in the PKI folder, feeding it {@code input}, and returns its output (stdout and stderr). */
    String run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish");
            }
            return new String(output, StandardCharsets.UTF_8) + "\n[exit " + process.exitValue() + "]";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keytool(Path store, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC")); // a short run: start fast
        command.addAll(List.of(arguments));
        command.addAll(List.of("-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD));
        String output = run(command, null);
        if (!output.endsWith("[exit 0]")) {
            throw new IllegalStateException("keytool failed: " + command + "\n" + output);
        }
    }

    static String pem(Certificate... chain) throws GeneralSecurityException {
        StringBuilder text = new StringBuilder();
        for (Certificate certificate : chain) {
            text.append(pem("CERTIFICATE", certificate.getEncoded()));
        }
        return text.toString();
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /** Encrypts a PKCS#8 key with PBES2 (PBKDF2 with HMAC-SHA256, AES-256-CBC), as openssl pkcs8 -topk8 does. */
    static byte[] encrypt(byte[] pkcs8, char[] password) throws GeneralSecurityException, IOException {
        String algorithm = "PBEWithHmacSHA256AndAES_256";
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password)),
                new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
        byte[] encrypted = cipher.doFinal(pkcs8);
        // named by its OID (PBES2) so that EncryptedPrivateKeyInfo can encode it
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("PBES2");
        parameters.init(cipher.getParameters().getEncoded());
        return new EncryptedPrivateKeyInfo(parameters, encrypted).getEncoded();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
