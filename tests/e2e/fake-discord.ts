// A fake Discord on 127.0.0.1 (REST over node:http, gateway over ws) that the real discord.js client connects to.
import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A bot token whose first segment is base64("123456789012345678"), so the client id can be derived from it. */
export const FAKE_BOT_ID = '123456789012345678';
export const FAKE_TOKEN = `${Buffer.from(FAKE_BOT_ID).toString('base64')}.fake.token-for-tests`;
export const FAKE_GUILD_ID = '200000000000000001';
export const FAKE_CHANNEL_ID = '300000000000000001';
const FAKE_USER_ID = '400000000000000001';

/** Every permission bit set, as Discord sends it for an administrator; tests take bits away from it. */
export const ALL_PERMISSIONS = (1n << 53n) - 1n;

export interface RecordedRequest {
  readonly method: string;
  /** Path after /api/v10, decoded (e.g. /webhooks/1/tok/messages/@original). */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  /** The JSON body (or a multipart request's payload_json). */
  readonly body: unknown;
  readonly files: readonly { readonly name: string; readonly size: number }[];
  readonly status: number;
  /** What the fake answered (JSON), if anything. */
  readonly response: unknown;
}

export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
  readonly t?: string | null;
  readonly s?: number | null;
}

export interface DiscordErrorReply {
  readonly status: number;
  readonly code: number;
  readonly message: string;
}

type OptionInput = Record<string, string | number | boolean>;

export interface InteractionOptions {
  readonly userId?: string;
  readonly locale?: string;
  /** false → a DM (no guild, no member). */
  readonly inGuild?: boolean;
  readonly memberPermissions?: bigint;
  readonly appPermissions?: bigint;
}

export interface UserMessageOptions {
  readonly userId?: string;
  /** Default: the guild's text channel; a thread's id posts in that thread. */
  readonly channelId?: string;
  /** The author is a bot (another bot, or the bot itself with userId FAKE_BOT_ID). */
  readonly bot?: boolean;
  /** The message this one replies to (as Discord returned it). */
  readonly replyTo?: Record<string, unknown>;
  readonly mentionRoles?: readonly string[];
}

/** A Discord-shaped message object, as Discord returns it for edits and follow-ups. */
interface StoredMessage {
  readonly id: string;
  readonly channel_id: string;
  readonly [key: string]: unknown;
}

function json(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Splits a multipart/form-data body into its payload_json and its files (only what the fake needs). */
function parseMultipart(raw: Buffer, boundary: string): { body: unknown; files: { name: string; size: number }[] } {
  const text = raw.toString('latin1');
  let body: unknown;
  const files: { name: string; size: number }[] = [];
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (name === 'payload_json') body = JSON.parse(Buffer.from(content, 'latin1').toString('utf8'));
    else if (filename !== undefined) files.push({ name: filename, size: Buffer.byteLength(content, 'latin1') });
  }
  return { body, files };
}

/** A WebSocket message as text, whichever of ws's three shapes it arrives in. */
function frameText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data))).toString('utf8');
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Frames the bot sent on the gateway (IDENTIFY, presence updates, heartbeats). */
  readonly received: GatewayFrame[] = [];
  /** The next pin attempts fail with these errors, in order (empty: pins succeed). */
  readonly pinErrors: DiscordErrorReply[] = [];
  /** The next interaction callbacks fail with these errors, in order (e.g. 10062 Unknown interaction). */
  readonly callbackErrors: DiscordErrorReply[] = [];
  /** The next thread creations (POST /channels/{id}/messages/{id}/threads) fail with these errors, in order. */
  readonly threadErrors: DiscordErrorReply[] = [];
  /** The next channel messages the bot posts (POST /channels/{id}/messages) fail with these errors, in order. */
  readonly channelMessageErrors: DiscordErrorReply[] = [];
  /** Threads started from a message, by id (the same id as the message they were started from, as on Discord). */
  readonly threads = new Map<string, Record<string, unknown>>();
  /** Requests the fake has no route for (tests assert there are none). */
  readonly unhandled: RecordedRequest[] = [];
  private readonly events = new EventEmitter();
  private readonly sockets = new Set<WebSocket>();
  private readonly identified = new Set<WebSocket>();
  private readonly messagesByToken = new Map<string, StoredMessage>();
  /** Each interaction sent, by token: its type and, for a button, the message the button is on. */
  private readonly interactionsByToken = new Map<string, { readonly type: number; message?: StoredMessage }>();
  private nextId = 900_000_000_000_000_000n;
  private closed = false;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ noServer: true });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const fake = new FakeDiscord(server, wss, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => {
      fake.handleRequest(req, res).catch((error: unknown) => json(res, 500, { message: String(error), code: 0 }));
    });
    server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => fake.handleSocket(ws)));
    return fake;
  }

  /** The REST base to give the bot as DISCORD_API_URL (discord.js appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  snowflake(): string {
    this.nextId += 1n;
    return String(this.nextId);
  }

  // ---------------------------------------------------------------------------------------------
  // REST

  private async handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const raw = await readBody(req);
    const type = req.headers['content-type'] ?? '';
    let body: unknown;
    let files: { name: string; size: number }[] = [];
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
    if (type.startsWith('multipart/form-data') && boundary)
      ({ body, files } = parseMultipart(raw, boundary[1] ?? boundary[2] ?? ''));
    else if (raw.length > 0) body = JSON.parse(raw.toString('utf8'));
    const respond = (status: number, payload?: unknown) => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        query: url.searchParams,
        authorization: req.headers.authorization,
        body,
        files,
        status,
        response: payload,
      };
      this.requests.push(recorded);
      json(res, status, payload);
      this.events.emit('request', recorded);
      return recorded;
    };
    const authorised = req.headers.authorization === `Bot ${FAKE_TOKEN}`;
    const route = `${req.method} ${path}`;
    let match: RegExpExecArray | null;

    if (route === 'GET /gateway/bot') {
      if (!authorised) return void respond(401, { message: '401: Unauthorized', code: 0 });
      return void respond(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (route === 'GET /gateway') return void respond(200, { url: this.gatewayUrl });

    if ((match = /^POST \/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route))) {
      const [, interactionId = '', token = ''] = match;
      const failure = this.callbackErrors.shift();
      if (failure) return void respond(failure.status, { message: failure.message, code: failure.code });
      const callback = body as { type: number; data?: Record<string, unknown> };
      const refusal = this.callbackRefusal(token, callback.type);
      if (refusal) return void respond(400, { message: refusal, code: 50035 });
      let message: StoredMessage | undefined;
      if (callback.type === 4 || callback.type === 5)
        message = this.storeMessage(token, callback.data ?? {}, callback.type === 5);
      if (callback.type === 6 || callback.type === 7) {
        // UPDATE_MESSAGE (7) edits the message the button is on; DEFERRED_UPDATE_MESSAGE (6) leaves it for later.
        const interaction = this.interactionsByToken.get(token);
        const shown = interaction?.message;
        if (shown) this.messagesByToken.set(token, shown);
        if (interaction && shown && callback.type === 7) {
          message = this.storeMessage(token, callback.data ?? {}, false, shown.id);
          interaction.message = message;
        }
      }
      if (url.searchParams.get('with_response') === 'true') {
        return void respond(200, {
          interaction: {
            id: interactionId,
            type: 2,
            response_message_id: message?.id,
            response_message_loading: callback.type === 5,
            response_message_ephemeral: false,
          },
          resource: message ? { type: callback.type, message } : { type: callback.type },
        });
      }
      return void respond(204);
    }
    if ((match = /^(PATCH|GET) \/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(route))) {
      const token = match[3] ?? '';
      const original = this.messagesByToken.get(token);
      if (!original) return void respond(404, { message: 'Unknown Message', code: 10008 });
      if (match[1] === 'GET') return void respond(200, original);
      return void respond(200, this.storeMessage(token, { ...(body as object) }, false, original.id));
    }
    if ((match = /^POST \/webhooks\/(\d+)\/([^/]+)$/.exec(route))) {
      return void respond(200, this.buildMessage(this.snowflake(), (body ?? {}) as Record<string, unknown>));
    }
    if ((match = /^PUT \/channels\/(\d+)\/messages\/pins\/(\d+)$/.exec(route))) {
      if (!authorised) return void respond(401, { message: '401: Unauthorized', code: 0 });
      const error = this.pinErrors.shift();
      if (error) return void respond(error.status, { message: error.message, code: error.code });
      return void respond(204);
    }
    if ((match = /^POST \/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(route))) {
      if (!authorised) return void respond(401, { message: '401: Unauthorized', code: 0 });
      const [, channelId = '', messageId = ''] = match;
      if (channelId !== FAKE_CHANNEL_ID) return void respond(404, { message: 'Unknown Channel', code: 10003 });
      const error = this.threadErrors.shift();
      if (error) return void respond(error.status, { message: error.message, code: error.code });
      const problem = FakeDiscord.threadBodyProblem(body);
      if (problem) return void respond(400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
      if (this.threads.has(messageId))
        return void respond(400, { message: 'A thread has already been created for this message', code: 160004 });
      const thread = this.threadPayload(messageId, channelId, (body as { name: string }).name);
      this.threads.set(messageId, thread);
      respond(201, thread);
      this.dispatchAll('THREAD_CREATE', { ...thread, newly_created: true });
      return;
    }
    if ((match = /^POST \/channels\/(\d+)\/messages$/.exec(route))) {
      if (!authorised) return void respond(401, { message: '401: Unauthorized', code: 0 });
      const channelId = match[1] ?? '';
      if (channelId !== FAKE_CHANNEL_ID && !this.threads.has(channelId))
        return void respond(404, { message: 'Unknown Channel', code: 10003 });
      const error = this.channelMessageErrors.shift();
      if (error) return void respond(error.status, { message: error.message, code: error.code });
      const problem = FakeDiscord.messageBodyProblem(body);
      if (problem) return void respond(400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
      const { message_reference: reference, allowed_mentions: _allowed, ...data } = body as Record<string, unknown>;
      const posted = this.buildMessage(this.snowflake(), {
        ...data,
        channel_id: channelId,
        webhook_id: undefined,
        ...(reference ? { type: 19, message_reference: reference } : {}),
      });
      delete (posted as Record<string, unknown>).webhook_id;
      respond(200, posted);
      // As Discord does, the bot sees its own message come back on the gateway.
      this.dispatchAll('MESSAGE_CREATE', posted);
      return;
    }
    if ((match = /^PUT \/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(route))) {
      if (!authorised) return void respond(401, { message: '401: Unauthorized', code: 0 });
      const commands = (body as Record<string, unknown>[]).map((command) => ({
        ...command,
        id: this.snowflake(),
        application_id: match?.[1],
        ...(match?.[2] ? { guild_id: match[2] } : {}),
        version: this.snowflake(),
        default_member_permissions: command.default_member_permissions ?? null,
        type: command.type ?? 1,
      }));
      return void respond(200, commands);
    }
    this.unhandled.push(respond(404, { message: '404: Not Found', code: 0 }));
  }

  /** Why Discord would refuse a thread's body (400), or undefined: a name of 1 to 100 characters. */
  private static threadBodyProblem(body: unknown): string | undefined {
    const name = (body as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string' || name.length < 1 || name.length > 100) return 'name must be 1 to 100 characters';
    return undefined;
  }

  /**
   * Why Discord would refuse a channel message (400), or undefined: something to show, content within 2000
   * characters, at most 10 embeds; and, as the bot promises, allowed_mentions with an empty parse list.
   */
  private static messageBodyProblem(body: unknown): string | undefined {
    const message = (body ?? {}) as {
      content?: unknown;
      embeds?: unknown[];
      allowed_mentions?: { parse?: unknown[] };
      message_reference?: { message_id?: unknown };
    };
    if (typeof message.content === 'string' && message.content.length > 2000) return 'content over 2000 characters';
    if ((message.embeds?.length ?? 0) > 10) return 'more than 10 embeds';
    if (!message.content && !message.embeds?.length) return 'cannot send an empty message';
    if (!Array.isArray(message.allowed_mentions?.parse) || message.allowed_mentions.parse.length > 0)
      return 'the fake expects allowed_mentions.parse to be []';
    if (message.message_reference && typeof message.message_reference.message_id !== 'string')
      return 'message_reference.message_id must be a snowflake';
    return undefined;
  }

  private threadPayload(id: string, parentId: string, name: string): Record<string, unknown> {
    const now = new Date().toISOString();
    return {
      id,
      type: 11,
      guild_id: FAKE_GUILD_ID,
      parent_id: parentId,
      owner_id: FAKE_BOT_ID,
      name,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: now,
        locked: false,
        create_timestamp: now,
      },
    };
  }

  /** Messages the bot posted in a channel or thread (POST /channels/{id}/messages that succeeded), oldest first. */
  channelMessages(channelId?: string): { request: RecordedRequest; message: Record<string, unknown> }[] {
    return this.requests
      .filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200)
      .filter((r) => channelId === undefined || r.path === `/channels/${channelId}/messages`)
      .map((request) => ({ request, message: request.response as Record<string, unknown> }));
  }

  /**
   * Why Discord would refuse this callback type for this interaction (400), or undefined: as Discord does, an
   * update (6, 7) answers only a button, autocomplete choices (8) only an autocomplete, and an autocomplete
   * gets nothing else.
   */
  private callbackRefusal(token: string, callbackType: number): string | undefined {
    const interaction = this.interactionsByToken.get(token);
    if (!interaction) return undefined;
    const allowed: Record<number, readonly number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
    if ((allowed[interaction.type] ?? []).includes(callbackType)) return undefined;
    return `Interaction callback type ${callbackType} is not valid for interaction type ${interaction.type}`;
  }

  private buildMessage(id: string, data: Record<string, unknown>): StoredMessage {
    return {
      id,
      channel_id: FAKE_CHANNEL_ID,
      guild_id: FAKE_GUILD_ID,
      author: {
        id: FAKE_BOT_ID,
        username: 'ask-the-article',
        discriminator: '0',
        global_name: null,
        avatar: null,
        bot: true,
      },
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      tts: false,
      pinned: false,
      type: 0,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      webhook_id: FAKE_BOT_ID,
      application_id: FAKE_BOT_ID,
      ...data,
    };
  }

  private storeMessage(
    token: string,
    data: Record<string, unknown>,
    loading: boolean,
    id = this.snowflake(),
  ): StoredMessage {
    const previous = this.messagesByToken.get(token);
    const message = this.buildMessage(id, {
      ...(previous ?? {}),
      ...data,
      id,
      ...(loading ? { flags: Number(data.flags ?? 0) | 128 } : {}),
    });
    this.messagesByToken.set(token, message);
    return message;
  }

  /** Resolves with the first request (already seen or still to come) that matches; rejects after `timeoutMs`. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 5_000,
    what = 'request',
  ): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const onRequest = (request: RecordedRequest) => {
        if (!predicate(request)) return;
        clearTimeout(timer);
        this.events.off('request', onRequest);
        resolve(request);
      };
      const timer = setTimeout(() => {
        this.events.off('request', onRequest);
        const seenRoutes = this.requests.map((r) => `${r.method} ${r.path} → ${r.status}`).join('\n  ');
        reject(new Error(`fake Discord: no ${what} within ${timeoutMs} ms; requests seen:\n  ${seenRoutes}`));
      }, timeoutMs);
      this.events.on('request', onRequest);
    });
  }

  /** The interaction callback (first response) for an interaction id. */
  waitForCallback(interactionId: string, timeoutMs = 5_000): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`),
      timeoutMs,
      `callback for ${interactionId}`,
    );
  }

  /** The message an interaction's response created (by the interaction's token), as last edited. */
  responseMessage(token: string): Record<string, unknown> | undefined {
    return this.messagesByToken.get(token);
  }

  /** The message a button interaction (by its token) is on, as last shown: its update (type 7) applied. */
  shownMessage(token: string): Record<string, unknown> | undefined {
    return this.interactionsByToken.get(token)?.message;
  }

  /** Requests that carry a message to be shown (responses with data, in-place updates, edits, follow-ups). */
  messageBodies(): { request: RecordedRequest; message: Record<string, unknown> }[] {
    return this.requests.flatMap((request) => {
      if (request.method === 'POST' && /^\/interactions\//.test(request.path)) {
        const callback = request.body as { type: number; data?: Record<string, unknown> };
        return (callback.type === 4 || callback.type === 7) && callback.data
          ? [{ request, message: callback.data }]
          : [];
      }
      if (/^\/webhooks\//.test(request.path) && (request.method === 'PATCH' || request.method === 'POST')) {
        return [{ request, message: request.body as Record<string, unknown> }];
      }
      return [];
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Gateway

  private send(ws: WebSocket, frame: GatewayFrame): void {
    ws.send(JSON.stringify({ s: null, t: null, ...frame }));
  }

  private handleSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    let sequence = 0;
    const dispatch = (t: string, d: unknown) => this.send(ws, { op: 0, t, s: (sequence += 1), d });
    (ws as WebSocket & { dispatch?: typeof dispatch }).dispatch = dispatch;
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.identified.delete(ws);
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(frameText(data)) as GatewayFrame;
      this.received.push(frame);
      this.events.emit('frame', frame);
      if (frame.op === 1) this.send(ws, { op: 11, d: null });
      if (frame.op === 2) {
        const identify = frame.d as { shard?: [number, number] };
        dispatch('READY', {
          v: 10,
          user: {
            id: FAKE_BOT_ID,
            username: 'ask-the-article',
            discriminator: '0',
            global_name: null,
            avatar: null,
            bot: true,
            flags: 0,
          },
          guilds: [{ id: FAKE_GUILD_ID, unavailable: true }],
          session_id: `fake-session-${this.snowflake()}`,
          resume_gateway_url: this.gatewayUrl,
          shard: identify.shard ?? [0, 1],
          application: { id: FAKE_BOT_ID, flags: 0 },
        });
        dispatch('GUILD_CREATE', this.guildPayload());
        this.identified.add(ws);
        this.events.emit('identified');
      }
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private guildPayload(): Record<string, unknown> {
    return {
      id: FAKE_GUILD_ID,
      name: 'Fake guild',
      icon: null,
      owner_id: FAKE_USER_ID,
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      preferred_locale: 'en-US',
      features: [],
      roles: [
        {
          id: FAKE_GUILD_ID,
          name: '@everyone',
          permissions: '0',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: [
        {
          id: FAKE_CHANNEL_ID,
          type: 0,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
        },
      ],
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Resolves once a client has identified (READY and GUILD_CREATE sent). */
  waitForIdentify(timeoutMs = 15_000): Promise<void> {
    if (this.identified.size > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onIdentified = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.events.off('identified', onIdentified);
        reject(new Error(`fake Discord: no IDENTIFY within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.once('identified', onIdentified);
    });
  }

  get identifiedSessions(): number {
    return this.identified.size;
  }

  /** Sends an INTERACTION_CREATE to every identified session; returns the interaction's id and token. */
  private sendInteraction(payload: Record<string, unknown>): { id: string; token: string } {
    if (this.identified.size === 0)
      throw new Error('fake Discord: no identified gateway session to send an interaction to');
    const message = payload.message as StoredMessage | undefined;
    this.interactionsByToken.set(String(payload.token), {
      type: Number(payload.type),
      ...(message ? { message } : {}),
    });
    for (const ws of this.identified)
      (ws as WebSocket & { dispatch: (t: string, d: unknown) => void }).dispatch('INTERACTION_CREATE', payload);
    return { id: String(payload.id), token: String(payload.token) };
  }

  private baseInteraction(
    type: number,
    data: Record<string, unknown>,
    options: InteractionOptions,
    extra: Record<string, unknown> = {},
  ): Record<string, unknown> {
    const id = this.snowflake();
    const user = {
      id: options.userId ?? FAKE_USER_ID,
      username: 'tester',
      discriminator: '0',
      global_name: 'Tester',
      avatar: null,
    };
    const inGuild = options.inGuild ?? true;
    return {
      id,
      application_id: FAKE_BOT_ID,
      type,
      token: `interaction-token-${id}`,
      version: 1,
      data,
      locale: options.locale ?? 'en-US',
      entitlements: [],
      app_permissions: String(options.appPermissions ?? ALL_PERMISSIONS),
      attachment_size_limit: 26_214_400,
      ...(inGuild
        ? {
            guild_id: FAKE_GUILD_ID,
            guild_locale: 'en-US',
            channel_id: FAKE_CHANNEL_ID,
            channel: {
              id: FAKE_CHANNEL_ID,
              type: 0,
              name: 'general',
              guild_id: FAKE_GUILD_ID,
              permissions: String(options.appPermissions ?? ALL_PERMISSIONS),
            },
            member: {
              user,
              roles: [],
              joined_at: new Date().toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
              pending: false,
              nick: null,
              avatar: null,
              premium_since: null,
              permissions: String(options.memberPermissions ?? ALL_PERMISSIONS),
            },
            authorizing_integration_owners: { '0': FAKE_GUILD_ID },
            context: 0,
          }
        : {
            channel_id: '500000000000000001',
            channel: { id: '500000000000000001', type: 1, recipients: [user] },
            user,
            authorizing_integration_owners: { '1': user.id },
            context: 1,
          }),
      ...extra,
    };
  }

  private static commandOptions(options: OptionInput, focused?: string): Record<string, unknown>[] {
    return Object.entries(options).map(([name, value]) => ({
      name,
      type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 10 : 3,
      value,
      ...(focused === name ? { focused: true } : {}),
    }));
  }

  command(name: string, options: OptionInput = {}, context: InteractionOptions = {}): { id: string; token: string } {
    return this.sendInteraction(
      this.baseInteraction(
        2,
        { id: this.snowflake(), name, type: 1, options: FakeDiscord.commandOptions(options) },
        context,
      ),
    );
  }

  autocomplete(
    name: string,
    focused: string,
    options: OptionInput,
    context: InteractionOptions = {},
  ): { id: string; token: string } {
    return this.sendInteraction(
      this.baseInteraction(
        4,
        { id: this.snowflake(), name, type: 1, options: FakeDiscord.commandOptions(options, focused) },
        context,
      ),
    );
  }

  /** A click on a button with `customId`, on `on` (the message the button is on; default: a stand-in). */
  button(
    customId: string,
    context: InteractionOptions = {},
    on: Record<string, unknown> = { content: 'a message with buttons' },
  ): { id: string; token: string } {
    const message = this.buildMessage(typeof on.id === 'string' ? on.id : this.snowflake(), on);
    return this.sendInteraction(
      this.baseInteraction(3, { custom_id: customId, component_type: 2 }, context, { message }),
    );
  }

  /** A member starts a thread in the text channel (not from a message): THREAD_CREATE, as Discord sends it. */
  memberThread(name: string, ownerId = FAKE_USER_ID): string {
    const id = this.snowflake();
    const thread = { ...this.threadPayload(id, FAKE_CHANNEL_ID, name), owner_id: ownerId };
    this.threads.set(id, thread);
    this.dispatchAll('THREAD_CREATE', { ...thread, newly_created: true });
    return id;
  }

  private dispatchAll(t: string, d: unknown): void {
    for (const ws of this.identified) (ws as WebSocket & { dispatch: (t: string, d: unknown) => void }).dispatch(t, d);
  }

  /**
   * A member (or another bot) posts `content` in a channel or thread: a MESSAGE_CREATE with the user mentions Discord
   * parses from the content (and, for a reply, the replied-to author, as a reply pings by default).
   */
  userMessage(content: string, options: UserMessageOptions = {}): Record<string, unknown> {
    if (this.identified.size === 0) throw new Error('fake Discord: no identified gateway session to send a message to');
    const userOf = (id: string) =>
      id === FAKE_BOT_ID
        ? { id, username: 'ask-the-article', discriminator: '0', global_name: null, avatar: null, bot: true }
        : { id, username: `user-${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
    const author = { ...userOf(options.userId ?? FAKE_USER_ID), ...(options.bot ? { bot: true } : {}) };
    const replyTo = options.replyTo;
    const mentioned = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1] ?? '');
    const repliedAuthor = (replyTo?.author as { id?: string } | undefined)?.id;
    if (repliedAuthor && !mentioned.includes(repliedAuthor)) mentioned.push(repliedAuthor);
    const channelId = options.channelId ?? FAKE_CHANNEL_ID;
    const message = {
      id: this.snowflake(),
      channel_id: channelId,
      guild_id: FAKE_GUILD_ID,
      author,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content,
      embeds: [],
      components: [],
      attachments: [],
      mentions: [...new Set(mentioned)].map(userOf),
      mention_roles: options.mentionRoles ?? [],
      mention_everyone: content.includes('@everyone') || content.includes('@here'),
      tts: false,
      pinned: false,
      type: replyTo ? 19 : 0,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      ...(replyTo
        ? {
            message_reference: { type: 0, message_id: replyTo.id, channel_id: channelId, guild_id: FAKE_GUILD_ID },
            referenced_message: replyTo,
          }
        : {}),
    };
    this.dispatchAll('MESSAGE_CREATE', message);
    return message;
  }

  /** Closes every gateway connection with a close code (e.g. 4004 after a token reset). */
  closeGateway(code: number, reason = ''): void {
    for (const ws of this.sockets) ws.close(code, reason);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
