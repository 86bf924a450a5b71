package org.paperkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SPARQL endpoint is exposed. Immutable; build with {@link #builder()}.
 * <p>
 * The defaults give a read-only endpoint on 127.0.0.1:3030 at {@code /kg} with a 30 second query
 * timeout. Binding to any other address is possible, but only by naming it explicitly.
 *
 * @param host         address to bind to; default {@code 127.0.0.1}
 * @param port         TCP port; 0 picks a free port; default 3030
 * @param timeout      upper bound on the execution time of one query or update
 * @param allowUpdate  whether SPARQL Update and Graph Store writes are offered (they then need a login)
 * @param passwordFile {@code user:password} lines for HTTP basic authentication; required by, and
 *                     only meaningful with, {@code allowUpdate}
 * @param datasetName  the dataset path segment, e.g. {@code kg} for {@code /kg/sparql}
 * @param services     the endpoints SERVICE may call, and its timeout; default none
 * @param maxResultBytes the largest query response sent: responses are held until the query ends
 *                     (so a timeout is always an error status), and one larger than this is an error
 */
public record ServeOptions(String host, int port, Duration timeout, boolean allowUpdate,
                           Path passwordFile, String datasetName, ServiceAllowList services,
                           long maxResultBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final String DEFAULT_DATASET_NAME = "kg";
    public static final long DEFAULT_MAX_RESULT_BYTES = 128L << 20;

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(services, "services");
        if (host.isBlank())
            throw new IllegalArgumentException("host must not be blank");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        if (!datasetName.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
            throw new IllegalArgumentException("datasetName must be one path segment of letters, digits, '.', '_' or '-', got '" + datasetName + "'");
        if (maxResultBytes < 1)
            throw new IllegalArgumentException("maxResultBytes must be positive, got " + maxResultBytes);
        if (allowUpdate && passwordFile == null)
            throw new IllegalArgumentException("allowUpdate needs a passwordFile: updates are never served without authentication");
        if (!allowUpdate && passwordFile != null)
            throw new IllegalArgumentException("passwordFile is only used to protect updates; set allowUpdate or drop the passwordFile");
    }

    public static ServeOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().host(host).port(port).timeout(timeout).allowUpdate(allowUpdate)
                .passwordFile(passwordFile).datasetName(datasetName).services(services).maxResultBytes(maxResultBytes);
    }

    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean allowUpdate = false;
        private Path passwordFile = null;
        private String datasetName = DEFAULT_DATASET_NAME;
        private ServiceAllowList services = ServiceAllowList.none();
        private long maxResultBytes = DEFAULT_MAX_RESULT_BYTES;

        private Builder() {}

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }
        public Builder allowUpdate(boolean allowUpdate) { this.allowUpdate = allowUpdate; return this; }
        public Builder passwordFile(Path passwordFile) { this.passwordFile = passwordFile; return this; }
        public Builder datasetName(String datasetName) { this.datasetName = datasetName; return this; }
        public Builder services(ServiceAllowList services) { this.services = services; return this; }
        public Builder maxResultBytes(long maxResultBytes) { this.maxResultBytes = maxResultBytes; return this; }

        public ServeOptions build() {
            return new ServeOptions(host, port, timeout, allowUpdate, passwordFile, datasetName, services, maxResultBytes);
        }
    }
}
