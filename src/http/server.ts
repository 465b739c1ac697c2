// The HTTP interactions shell: a node:http server for Discord's signed POSTs, answering with the same commands as the gateway bot.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { createSharedReplayGuard } from '../store/shared.js';
import type { InteractionResponder, Services } from '../interactions/contract.js';
import { dispatchInteraction } from '../interactions/dispatch.js';
import type { Logger } from '../logger.js';
import { handleHealthRequest, type Ops } from '../ops/health-server.js';
import type { InteractionWebhookClient } from './discord-rest.js';
import {
  InteractionBodySchema,
  InteractionType,
  toInteractionInput,
  type ActionableInteraction,
} from './interaction-body.js';
import { jsonShapeProblem } from './json-shape.js';
import { createMemoryReplayGuard, REPLAY_WINDOW_MS, type ReplayGuard } from './replay.js';
import { readLimitedBody } from './request-body.js';
import { CallbackType, HttpInteractionResponder, type InitialResponse } from './responder.js';
import { importDiscordPublicKey, verifyDiscordSignature } from './signature.js';

/** Discord refuses interaction bodies larger than this; so do we, before reading further. */
const MAX_BODY_BYTES = 64 * 1024;
/** Discord waits 3 s for the first response; defer a little before that so the answer can still arrive as an edit. */
const DEFER_AFTER_MS = 2500;

export type Dispatch = (
  input: ReturnType<typeof toInteractionInput>,
  respond: InteractionResponder,
  services: Services,
) => Promise<void>;

export interface InteractionsServerOptions {
  readonly services: Services;
  /** The application's public key: 64 hex characters, or an imported key. */
  readonly publicKey: string | KeyObject;
  readonly logger: Logger;
  /** REST for edits and follow-ups after the first response. */
  readonly webhooks: InteractionWebhookClient;
  /** The shared entry point of every shell; default dispatchInteraction (tests may pass a small fake). */
  readonly dispatch?: Dispatch;
  readonly deferAfterMs?: number;
  readonly maxBodyBytes?: number;
  /** The clock used for the signature's freshness check. */
  readonly now?: () => number;
  /** Refuses replayed requests; default: the store's shared set when it has one, else one in-memory set per server. */
  readonly replay?: ReplayGuard;
  /** Readiness (and metrics) of the process: GET /readyz answers on this port too. */
  readonly ops?: Ops;
}

export interface InteractionsServer extends Server {
  /** Health checks start failing (so a load balancer stops sending traffic) while in-flight work finishes. */
  startDraining(): void;
  /** Resolves when every request has been answered and every dispatched interaction has finished (edits and follow-ups included). */
  settled(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  return new Promise((resolve) => {
    if (response.headersSent || response.destroyed) {
      resolve();
      return;
    }
    response.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': String(payload.length), ...headers });
    response.end(payload, () => resolve());
    response.once('close', () => resolve());
  });
}

function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Promise<void> {
  return sendJson(response, status, { error: message }, headers);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A bounded summary of why zod refused a body: paths and messages only, never the values sent. */
function describeIssues(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}

export function createInteractionsServer(options: InteractionsServerOptions): InteractionsServer {
  const key = typeof options.publicKey === 'string' ? importDiscordPublicKey(options.publicKey) : options.publicKey;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const now = options.now ?? Date.now;
  const { logger, services, webhooks } = options;
  const dispatch = options.dispatch ?? dispatchInteraction;
  // Replicas on one shared store (PostgreSQL) refuse a replay sent to any of them; else one set per server.
  const shared = services.store?.shared;
  const replay =
    options.replay ??
    (shared ? createSharedReplayGuard(shared, createMemoryReplayGuard(), REPLAY_WINDOW_MS) : createMemoryReplayGuard());
  /** Requests being answered and interactions being dispatched (their edits and follow-ups included). */
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    work.finally(() => inFlight.delete(work)).catch(() => undefined);
  };
  let draining = false;

  async function answerInteraction(
    body: ActionableInteraction,
    response: ServerResponse,
    receivedAt: number,
  ): Promise<void> {
    const input = toInteractionInput(body);
    const log = logger.child({
      interactionId: input.id,
      kind: input.kind,
      command: input.commandName,
      userId: input.userId,
      guildId: input.guildId,
    });
    const responder = new HttpInteractionResponder({
      input,
      webhook: { applicationId: body.application_id, token: body.token },
      client: webhooks,
      logger: log,
    });

    const work = dispatch(input, responder, services).then(
      () => {
        if (!responder.acknowledged) log.error('the interaction finished without a response');
        responder.acknowledgeMissing();
      },
      (error: unknown) => {
        // dispatchInteraction promises never to throw; a fake or a future bug might.
        log.error({ err: error }, 'dispatch threw');
        responder.acknowledgeMissing();
      },
    );
    track(work);

    const timer = setTimeout(
      () => {
        if (!responder.acknowledged)
          log.warn({ afterMs: Date.now() - receivedAt }, 'no response yet; deferring before the 3-second deadline');
        responder.acknowledgeLate();
      },
      Math.max(0, deferAfterMs - (Date.now() - receivedAt)),
    );
    let initial: InitialResponse;
    try {
      initial = await responder.initial;
    } finally {
      clearTimeout(timer);
    }
    await sendJson(response, 200, initial);
    responder.markSent();
    log.debug({ callbackType: initial.type, ms: Date.now() - receivedAt }, 'interaction answered');
  }

  async function handleInteractionPost(
    request: IncomingMessage,
    response: ServerResponse,
    receivedAt: number,
  ): Promise<void> {
    const read = await readLimitedBody(request, maxBodyBytes);
    if (read.kind === 'too-large') {
      logger.info({ limit: maxBodyBytes }, 'refused an oversized body');
      await sendError(response, 413, `body larger than ${maxBodyBytes} bytes`, { connection: 'close' });
      request.destroy();
      return;
    }
    if (read.kind === 'aborted') return;

    const verdict = verifyDiscordSignature(
      key,
      {
        signature: header(request, 'x-signature-ed25519'),
        timestamp: header(request, 'x-signature-timestamp'),
        body: read.body,
      },
      now(),
    );
    if (!verdict.ok) {
      logger.warn({ reason: verdict.reason }, 'refused a request with an invalid signature');
      await sendError(response, 401, 'invalid request signature');
      return;
    }

    let json: unknown;
    try {
      json = JSON.parse(read.body.toString('utf8'));
    } catch {
      await sendError(response, 400, 'body is not valid JSON');
      return;
    }
    const shape = jsonShapeProblem(json);
    if (shape) {
      logger.info({ detail: shape }, 'refused an invalid interaction');
      await sendError(response, 400, `invalid interaction: ${shape}`);
      return;
    }
    const parsed = InteractionBodySchema.safeParse(json);
    if (!parsed.success) {
      const detail = describeIssues(parsed.error.issues);
      logger.info({ detail }, 'refused an invalid interaction');
      await sendError(response, 400, `invalid interaction: ${detail}`);
      return;
    }
    if (parsed.data.type === InteractionType.Ping) {
      await sendJson(response, 200, { type: CallbackType.Pong });
      return;
    }
    // Same interaction id or same signature within the freshness window: a replay, refused and not answered again.
    const signature = header(request, 'x-signature-ed25519') ?? '';
    // Joined, not templates: each key stays in memory for the window as one flat string (src/interactions/conversations.ts).
    // The signature (verified: 64 bytes) as base64url, 86 characters instead of 128 hex ones, in memory and in the store.
    const keys = [
      ['id', parsed.data.id].join(':'),
      ['sig', Buffer.from(signature, 'hex').toString('base64url')].join(':'),
    ];
    if (!(await replay.claim(keys, now()))) {
      logger.warn({ interactionId: parsed.data.id }, 'refused a replayed request');
      await sendError(response, 401, 'replayed request');
      return;
    }
    await answerInteraction(parsed.data, response, receivedAt);
  }

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      await sendError(response, 400, 'malformed request target');
      return;
    }
    if (pathname === '/interactions') {
      if (request.method !== 'POST') {
        await sendError(response, 405, 'method not allowed', { allow: 'POST' });
        return;
      }
      await handleInteractionPost(request, response, receivedAt);
      return;
    }
    if (pathname === '/healthz') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        await sendError(response, 405, 'method not allowed', { allow: 'GET, HEAD' });
        return;
      }
      await sendJson(response, draining ? 503 : 200, { status: draining ? 'draining' : 'ok' });
      return;
    }
    if (pathname === '/readyz' && options.ops) {
      await handleHealthRequest(request, response, options.ops);
      return;
    }
    await sendError(response, 404, 'not found');
  }

  const server = createServer((request, response) => {
    // Tracked like dispatches, so that a shutdown waits for answers still being written.
    track(
      handleRequest(request, response).catch(async (error: unknown) => {
        logger.error({ err: error, method: request.method, path: request.url?.slice(0, 200) }, 'request failed');
        await sendError(response, 500, 'internal error');
      }),
    );
  });
  // Interaction bodies are small and Discord sends them at once; a slow trickle is not Discord.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  // Longer than a load balancer's usual idle timeout (60 s), so the balancer, not this server, closes idle
  // connections; otherwise a request can race the close and the balancer answers 502.
  server.keepAliveTimeout = 65_000;

  return Object.assign(server, {
    startDraining(): void {
      draining = true;
    },
    async settled(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  });
}
