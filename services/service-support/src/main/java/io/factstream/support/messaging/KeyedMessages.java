package io.factstream.support.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Messages sent with a Kafka record key: every article topic is keyed by article id, the stories topic by story id. */
public final class KeyedMessages {
    private KeyedMessages() {
    }

    public static <T> Message<T> keyed(T value, String key) {
        return Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
