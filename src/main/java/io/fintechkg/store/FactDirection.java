package io.fintechkg.store;

/** Which relationships of an entity to read: pointing to it, from it, or both. Symmetric types match any. */
public enum FactDirection {
    IN, OUT, BOTH
}
