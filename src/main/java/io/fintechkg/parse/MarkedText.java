package io.fintechkg.parse;

import java.util.List;

/**
 * A body's text before clean-up: one line per block of the source, with the stock links found in it.
 * Lines still carry their indentation and boilerplate; {@link ArticleLayout} turns them into paragraphs.
 *
 * @param text  the text, blocks separated by {@code \n}
 * @param links the stock links, in order, with offsets into {@code text}
 */
record MarkedText(String text, List<StockLink> links) {
}
