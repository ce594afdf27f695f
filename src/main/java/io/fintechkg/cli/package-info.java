/** The command line: {@code serve}, {@code ingest}, {@code extract} and {@code cypher}. */
package io.fintechkg.cli;
