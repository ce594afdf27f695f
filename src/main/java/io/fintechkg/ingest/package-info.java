/** Stage 1: finds the documents to read (files, folders, standard input, URLs) and reads their bytes within a size limit. */
package io.fintechkg.ingest;
