package io.factstream.contracts;

public enum Stance {
    SUPPORTS,
    REFUTES,
    NEUTRAL
}
