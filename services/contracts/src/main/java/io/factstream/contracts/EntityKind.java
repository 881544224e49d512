package io.factstream.contracts;

public enum EntityKind {
    PERSON, ORGANISATION, PLACE
}
