package io.fintechkg.store;

/** How to order a browse of the entities; ties are broken by name. */
public enum EntityOrder {
    /** Most facts first. */
    MOST_CONNECTED,
    /** Mentioned by most articles first. */
    MOST_MENTIONED,
    NAME
}
