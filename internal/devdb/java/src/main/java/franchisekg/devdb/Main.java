package franchisekg.devdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with its Bolt connector on 127.0.0.1, for
 * franchisekg's local development and tests.
 *
 * <p>Usage: {@code Main --home DIR --port N --password P [--pagecache 512m]}.
 * Prints {@code READY bolt://127.0.0.1:N} on stdout once Bolt accepts
 * connections and the password is set, and shuts the database down cleanly on
 * SIGTERM/SIGINT. Any startup failure prints one line starting with
 * {@code FAILED} and exits with status 1.
 */
public final class Main {
    public static void main(String[] args) {
        Map<String, String> opts = parse(args);
        Path home = Path.of(opts.getOrDefault("--home", ".data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(opts.getOrDefault("--port", "7687"));
        String password = opts.getOrDefault("--password", "franchisekg");
        String pagecache = opts.getOrDefault("--pagecache", "512m");
        String txTimeout = opts.getOrDefault("--tx-timeout", "120s");

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pagecache))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.parse("PT" + txTimeout.toUpperCase()))
                    .build();
        } catch (Throwable e) {
            System.out.println("FAILED " + oneLine(e));
            System.exit(1);
            return;
        }
        final DatabaseManagementService service = dbms;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "franchisekg-devdb-shutdown"));

        try {
            GraphDatabaseService system = service.database("system");
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
                        Map.of("pw", password));
            } catch (RuntimeException e) {
                // A restart with the same password: nothing to change.
                String m = String.valueOf(e.getMessage());
                if (!m.contains("cannot be the same")) {
                    throw e;
                }
            }
            // Touch the default database so it is online before we say READY.
            service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
            Files.writeString(home.resolve("devdb.pid"), Long.toString(ProcessHandle.current().pid()),
                    StandardCharsets.UTF_8);
        } catch (Throwable e) {
            System.out.println("FAILED " + oneLine(e));
            System.out.flush();
            System.exit(1);
            return;
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> parse(String[] args) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            m.put(args[i], args[i + 1]);
        }
        return m;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (root != e && root.getMessage() != null) {
            msg = msg + ": " + root.getMessage();
        }
        return msg.replace('\n', ' ');
    }

    private Main() {}
}
