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

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void refusesToStartWhenScriptingIsEnabled() {
        String before = System.getProperty(ScriptingGuard.PROPERTY);
        System.setProperty(ScriptingGuard.PROPERTY, "true");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedEndpoint.start(dsg, ServeOptions.builder().port(0).build()).close());
            assertTrue(e.getMessage().contains(ScriptingGuard.PROPERTY), e.getMessage());
        } finally {
            if (before == null)
                System.clearProperty(ScriptingGuard.PROPERTY);
            else
                System.setProperty(ScriptingGuard.PROPERTY, before);
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
