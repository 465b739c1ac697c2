// Handles clicks on the bot's buttons: source paragraph, related facts, feedback and "did you mean" (all private to the clicker).
import { renderRelated, renderReply, renderSourceParagraph } from '../render/answer.js';
import { factQuestion } from '../render/citation.js';
import { UI } from '../render/strings.js';
import { UserFacingError, type InteractionInput, type InteractionResponder, type Services } from './contract.js';
import { parseCustomId } from '../render/custom-ids.js';
import { localeLang } from './language.js';
import { withPager } from './paging.js';
import { recordVote } from './recording.js';

export async function handleButton(
  input: InteractionInput,
  respond: InteractionResponder,
  services: Services,
): Promise<void> {
  const { kb, engine } = services;
  const action = parseCustomId(input.customId ?? '');
  if (!action) {
    services.logger.warn(
      { interactionId: input.id, customId: input.customId, userId: input.userId },
      'button with an unknown custom id',
    );
    throw new UserFacingError(UI[localeLang(input)].staleButton);
  }
  if (action.action === 'fb') {
    const recorded = await recordVote(services, input, action.factId, action.vote);
    services.logger.info(
      {
        event: 'feedback',
        vote: action.vote,
        factId: action.factId,
        interactionId: input.id,
        userId: input.userId,
        guildId: input.guildId,
        recorded,
      },
      'answer feedback',
    );
    await respond.reply({ content: UI[localeLang(input)].feedbackThanks(action.vote) }, { ephemeral: true });
    return;
  }
  const { factId, lang } = action;
  const unknownFact = () => new UserFacingError(UI[lang].unknownFact);
  switch (action.action) {
    case 'src': {
      const message = renderSourceParagraph(kb, factId, lang);
      const paragraph = kb.factsById.get(factId)?.paragraph;
      if (!message || !paragraph) throw unknownFact();
      // "Read on ▶" pages on through the article from here, as /read does (only the clicker can page).
      const pager = { command: 'read', page: paragraph - 1, pageCount: kb.paragraphs.length, arg: 'both', lang };
      const paged = withPager(message, { ...pager, owner: input.userId }, { nextLabel: UI[lang].readOn });
      await respond.reply(paged, { ephemeral: true });
      return;
    }
    case 'rel': {
      const reply = engine.answerFact(factId, lang);
      if (!reply) throw unknownFact();
      await respond.reply(renderRelated(kb, reply.related, lang), { ephemeral: true });
      return;
    }
    case 'fact': {
      const reply = engine.answerFact(factId, lang);
      if (!reply) throw unknownFact();
      await respond.reply(renderReply(reply, kb, { question: factQuestion(kb, factId, lang) }), { ephemeral: true });
      return;
    }
  }
}
