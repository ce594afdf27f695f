package io.fintechkg.store;

/**
 * How much of the entities and articles around a fact a read of facts brings back. Each property read is a store
 * read, a value packed into Bolt and unpacked again, so the API asks for {@link #BRIEF} whenever the query selects
 * no more than that.
 */
public enum Detail {
    /**
     * Entities by id, name and type; articles by id, title, url and publication time: what a list of facts shows.
     * The views' other fields are empty ({@code aliases}) or {@code null}.
     */
    BRIEF,
    /** Every property. */
    FULL
}
