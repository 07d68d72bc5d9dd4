package dev.briefing.processor.text;

import java.util.List;

/**
 * Finds the stretches of an article's text that are article text proper, leaving out page furniture
 * ("Also read: ...", comment sections, share and subscribe prompts) and layout lines (byline,
 * dateline, closing attribution).
 *
 * <p>The spans are paragraphs, in text order, with offsets into the text as given. An empty list
 * means the text holds nothing but furniture.
 */
public interface TextCleaner {

    List<TextSpan> paragraphs(String text);
}
