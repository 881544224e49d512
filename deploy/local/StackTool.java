// Small client helper for deploy/local/stack.sh (compiled by it against Kafka's jars and the PostgreSQL driver):
//   topics BOOTSTRAP TIMEOUT_S        < lines "name partitions cleanupPolicy": creates the missing topics
//   pg-init HOST:PORT USER PASSWORD NEWSROOM_SQL FACTSTREAM_SQL   creates databases factstream and newsroom (if
//                                    missing), runs each SQL file in its database
//   probe BOOTSTRAP HOST:PORT USER PASSWORD TOPIC TIMEOUT_S   inserts an article, waits for its change record
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

public class StackTool {

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "topics" -> topics(args[1], Integer.parseInt(args[2]));
            case "pg-init" -> pgInit(args[1], args[2], args[3], Path.of(args[4]), Path.of(args[5]));
            case "probe" -> probe(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]));
            default -> {
                System.err.println("usage: StackTool topics|pg-init|probe ...");
                System.exit(2);
            }
        }
    }

    static void topics(String bootstrap, int timeoutSeconds) throws Exception {
        List<NewTopic> wanted = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 3) continue;
                wanted.add(new NewTopic(f[0], Integer.parseInt(f[1]), (short) 1).configs(Map.of("cleanup.policy", f[2])));
            }
        }
        if (wanted.isEmpty()) throw new IllegalStateException("no topics given on stdin");
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing;
            while (true) { // the broker may still be starting
                try {
                    existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                    break;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) throw e;
                    Thread.sleep(500);
                }
            }
            Set<String> present = existing;
            List<NewTopic> missing = wanted.stream().filter(t -> !present.contains(t.name())).toList();
            if (!missing.isEmpty()) admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<String, TopicDescription> described = admin.describeTopics(wanted.stream().map(NewTopic::name).toList())
                    .allTopicNames().get(30, TimeUnit.SECONDS);
            for (NewTopic t : wanted) {
                int partitions = described.get(t.name()).partitions().size();
                String state = missing.contains(t) ? "created" : "exists";
                String note = partitions != t.numPartitions() ? " (WARNING: expected " + t.numPartitions() + ")" : "";
                System.out.println(state + " " + t.name() + " partitions=" + partitions + note);
            }
        }
    }

    static void pgInit(String hostPort, String user, String password, Path newsroomSql, Path factstreamSql)
            throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", user, password)) {
            for (String db : List.of("factstream", "newsroom")) {
                try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) continue;
                    }
                }
                c.createStatement().execute("create database " + db + " owner " + user);
                System.out.println("created database " + db);
            }
        }
        for (Map.Entry<String, Path> sql : Map.of("newsroom", newsroomSql, "factstream", factstreamSql).entrySet()) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + sql.getKey(), user,
                    password)) {
                c.createStatement().execute(Files.readString(sql.getValue()));
                System.out.println("applied " + sql.getValue().getFileName() + " to " + sql.getKey());
            }
        }
    }

    static void probe(String bootstrap, String hostPort, String user, String password, String topic, int timeoutSeconds)
            throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        String marker = "https://probe.factstream.invalid/" + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/newsroom", user, password);
                 PreparedStatement ps = c.prepareStatement(
                         "insert into articles (url, title, body, outlet, published_at) values (?, ?, ?, ?, now()) returning id")) {
                ps.setString(1, marker);
                ps.setString(2, "Local stack probe");
                ps.setString(3, "Inserted by deploy/local/stack.sh verify to check the CMS change stream.");
                ps.setString(4, "factstream-probe");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    System.out.println("inserted newsroom.articles id=" + rs.getLong(1) + " url=" + marker);
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() != null && r.value().contains(marker)) {
                        System.out.println("received " + topic + "[" + r.partition() + "]@" + r.offset() + " key=" + r.key());
                        System.out.println("value=" + r.value());
                        return;
                    }
                }
            }
        }
        System.err.println("no record for " + marker + " on " + topic + " within " + timeoutSeconds + " s");
        System.exit(1);
    }
}
