package io.fintechkg.ontology;

/** The eight entity types of the ontology (GUIDELINES.md); {@link #label()} is the Neo4j label and the JSON value. */
public enum EntityType {
    INSTITUTION("Institution"),
    PROJECT("Project"),
    LAB("Lab"),
    COMMITTEE("Committee"),
    EVENT("Event"),
    PLACE("Place"),
    PERSON("Person"),
    POLICY("Policy");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** {@return the label as written in the graph, the gold files and the API, e.g. {@code Institution}} */
    public String label() {
        return label;
    }

    /** {@return the type with that label} */
    public static EntityType ofLabel(String label) {
        for (EntityType type : values()) {
            if (type.label.equalsIgnoreCase(label) || type.name().equalsIgnoreCase(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + label);
    }
}
