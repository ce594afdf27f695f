/** The ontology, declared once: the entity types and the relation types with the entity types each may join. */
package io.fintechkg.ontology;
