/** Stage 2: turns a document's bytes into a clean article record (front matter, paragraphs, sentences, stock links) with Jsoup. */
package io.fintechkg.parse;
