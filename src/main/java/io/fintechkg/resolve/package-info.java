/** Stage 4: gives every extracted entity the id of the one real-world thing it names, across articles. */
package io.fintechkg.resolve;
