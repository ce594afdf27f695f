/** Stage 3: reads entities and typed relations, each with its evidence, out of one parsed article. */
package io.fintechkg.extract;
