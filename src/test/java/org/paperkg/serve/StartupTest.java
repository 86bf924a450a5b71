package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.query.UnionDefaultDataset;

/** Where the server listens, and what stops it from starting. */
class StartupTest {

    private final DatasetGraph dsg = UnionDefaultDataset.of(TestData.papers(0));

    @Test
    void defaultBindsToLoopbackOnly() throws IOException {
        try (EmbeddedEndpoint ep = EmbeddedEndpoint.start(dsg, ServeOptions.builder().port(0).build())) {
            assertTrue(canConnect(InetAddress.getByName("127.0.0.1"), ep.port()));
            Optional<InetAddress> external = nonLoopbackAddress();
            assumeTrue(external.isPresent(), "no non-loopback IPv4 address on this machine");
            assertFalse(canConnect(external.get(), ep.port()), "reachable on " + external.get());
        }
    }

    @Test
    void explicitNonLoopbackHostIsUsed() throws IOException {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "no non-loopback IPv4 address on this machine");
        String host = external.get().getHostAddress();
        try (EmbeddedEndpoint ep = EmbeddedEndpoint.start(dsg, ServeOptions.builder().host(host).port(0).build())) {
            assertEquals("http://" + host + ":" + ep.port() + "/", ep.baseUrl());
            assertEquals(200, Http.query(ep.datasetUrl() + "/sparql", "ASK {}").statusCode());
            assertFalse(canConnect(InetAddress.getByName("127.0.0.1"), ep.port()), "also listening on loopback");
        }
    }

    /**
     * ARQ reads {@code jena:scripting} from the JVM's system properties, so the refusal is tried as an
     * operator would meet it: {@code paperkg serve} in a JVM started with the property on.
     */
    @Test
    void refusesToStartWhenScriptingIsEnabled(@TempDir Path dir) throws Exception {
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ScriptingGuard.PROPERTY + "=true", "-cp", System.getProperty("java.class.path"), PaperkgCommand.class.getName(),
                "serve", "--db", dir.resolve("db").toString(), "--port", "0", "-q")
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve stops instead of serving");
            assertNotEquals(0, p.exitValue());
            assertTrue(Files.readString(err).contains(ScriptingGuard.PROPERTY), Files.readString(err));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void unknownHostOrBadPasswordFileFailBeforeListening(@TempDir Path dir) throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddedEndpoint.start(dsg, ServeOptions.builder().host("no-such-host.invalid").port(0).build()).close());
        Path empty = Files.writeString(dir.resolve("pw"), "# no users\n");
        assertThrows(IllegalArgumentException.class, () -> EmbeddedEndpoint.start(dsg,
                ServeOptions.builder().port(0).allowUpdate(true).passwordFile(empty).build()).close());
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback())
                continue;
            for (InetAddress a : Collections.list(nif.getInetAddresses()))
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    return Optional.of(a);
        }
        return Optional.empty();
    }
}
