package dev.briefing.processor.coreference;

import dev.briefing.processor.mention.ArticleMentions;
import dev.briefing.processor.text.ArticleDocument;

/**
 * Decides which entity each mention, definite description and pronoun of an article stands for.
 *
 * <p>Never null: a mention nothing resolves stands for no entity ({@link ArticleReferences#of}
 * empty), a pronoun likewise.
 */
public interface ReferenceResolver {

    ArticleReferences resolve(ArticleDocument document, ArticleMentions mentions);
}
