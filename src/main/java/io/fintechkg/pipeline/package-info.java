/** Runs documents through every stage, one article per write transaction, and reports what happened to each. */
package io.fintechkg.pipeline;
