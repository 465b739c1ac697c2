// What the shared dispatch answers in-process (no HTTP): the expected first response for a given interaction body.
import type { InteractionWebhookClient } from '../../../src/http/discord-rest.js';
import { InteractionBodySchema, toInteractionInput } from '../../../src/http/interaction-body.js';
import { HttpInteractionResponder, type InitialResponse } from '../../../src/http/responder.js';
import type { Services } from '../../../src/interactions/contract.js';
import { dispatchInteraction } from '../../../src/interactions/dispatch.js';

const noRest: InteractionWebhookClient = {
  editOriginal: async () => ({ id: null, channelId: null }),
  followUp: async () => ({ id: null, channelId: null }),
};

/** Runs the same dispatch the endpoint runs, with the same responder, and returns its first response. */
export async function expectedFirstResponse(body: unknown, services: Services): Promise<InitialResponse> {
  const parsed = InteractionBodySchema.parse(body);
  if (parsed.type === 1) return { type: 1 };
  const input = toInteractionInput(parsed);
  const responder = new HttpInteractionResponder({
    input,
    webhook: { applicationId: parsed.application_id, token: parsed.token },
    client: noRest,
    logger: services.logger,
  });
  const work = dispatchInteraction(input, responder, services);
  const initial = await responder.initial;
  responder.markSent();
  await work;
  // The HTTP body is JSON: compare in the same form.
  return JSON.parse(JSON.stringify(initial)) as InitialResponse;
}
