// Test-side Discord: an Ed25519 key pair, signed interaction requests and a small keep-alive HTTP client.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Agent, request } from 'node:http';

export interface TestKeys {
  /** The raw 32-byte public key as 64 hex characters, as the developer portal shows it. */
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

export function generateTestKeys(): TestKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  if (!jwk.x) throw new Error('no raw Ed25519 key in the JWK export');
  return { publicKeyHex: Buffer.from(jwk.x, 'base64url').toString('hex'), privateKey };
}

export function signatureHeaders(
  privateKey: KeyObject,
  body: Buffer | string,
  timestampSeconds = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const timestamp = String(timestampSeconds);
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

export interface HttpResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

export interface HttpRequest {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: Buffer | string;
  /** Send the body in chunks without a content-length (chunked transfer encoding). */
  readonly chunked?: boolean;
  readonly timeoutMs?: number;
}

/** A loopback client; the shared agent keeps connections alive as Discord's edge would. */
export function createHttpClient(baseUrl: string, maxSockets = 64) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const base = new URL(baseUrl);

  function send(options: HttpRequest): Promise<HttpResult> {
    return new Promise((resolve, reject) => {
      const body = options.body === undefined ? undefined : Buffer.from(options.body);
      const headers: Record<string, string> = { ...options.headers };
      if (body && !options.chunked) headers['content-length'] = String(body.length);
      const req = request(
        { host: base.hostname, port: base.port, method: options.method ?? 'POST', path: options.path, headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(options.timeoutMs ?? 10_000, () =>
        req.destroy(new Error(`request timed out: ${options.method ?? 'POST'} ${options.path}`)),
      );
      req.on('error', reject);
      if (body && options.chunked) {
        for (let offset = 0; offset < body.length; offset += 16 * 1024)
          req.write(body.subarray(offset, offset + 16 * 1024));
        req.end();
      } else {
        req.end(body);
      }
    });
  }

  return {
    send,
    /** POSTs a signed interaction body to /interactions. */
    postInteraction(
      privateKey: KeyObject,
      interaction: unknown,
      options: { readonly timestampSeconds?: number } = {},
    ): Promise<HttpResult> {
      const body = JSON.stringify(interaction);
      return send({
        path: '/interactions',
        body,
        headers: {
          'content-type': 'application/json',
          ...signatureHeaders(privateKey, body, options.timestampSeconds),
        },
      });
    },
    close(): void {
      agent.destroy();
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

// ---------------------------------------------------------------------------------------------
// Interaction bodies as Discord sends them (only what the bot reads, plus a few fields it ignores).

export const APPLICATION_ID = '100000000000000001';
const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
const USER_ID = '400000000000000004';

/** View Channel (1 << 10), Send Messages (1 << 11), Manage Messages (1 << 13) and Pin Messages (1 << 51). */
export const MODERATOR_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 13n) | (1n << 51n));
/** View Channel and Send Messages. */
export const PLAIN_MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n));

let sequence = 0n;
function nextSnowflake(): string {
  sequence += 1n;
  return String(1_250_000_000_000_000_000n + sequence);
}

export interface InteractionContext {
  readonly userId?: string;
  readonly locale?: string;
  readonly guildLocale?: string;
  readonly memberPermissions?: string;
  readonly appPermissions?: string;
  readonly channelId?: string;
}

function envelope(type: number, context: InteractionContext) {
  const id = nextSnowflake();
  return {
    id,
    application_id: APPLICATION_ID,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    locale: context.locale ?? 'en-US',
    guild_locale: context.guildLocale ?? 'en-US',
    guild_id: GUILD_ID,
    channel_id: context.channelId ?? CHANNEL_ID,
    channel: { id: context.channelId ?? CHANNEL_ID, type: 0 },
    member: {
      user: { id: context.userId ?? USER_ID, username: 'reader', discriminator: '0' },
      permissions: context.memberPermissions ?? PLAIN_MEMBER_PERMISSIONS,
      roles: [],
    },
    app_permissions: context.appPermissions ?? MODERATOR_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: {},
  };
}

type Options = Record<string, string | number | boolean>;

function commandOptions(options: Options, focused?: string) {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'string' ? 3 : typeof value === 'boolean' ? 5 : 4,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

export function commandInteraction(name: string, options: Options = {}, context: InteractionContext = {}) {
  return {
    ...envelope(2, context),
    data: { id: '500000000000000005', name, type: 1, options: commandOptions(options) },
  };
}

export function autocompleteInteraction(
  name: string,
  options: Options,
  focused: string,
  context: InteractionContext = {},
) {
  return {
    ...envelope(4, context),
    data: { id: '500000000000000005', name, type: 1, options: commandOptions(options, focused) },
  };
}

export function buttonInteraction(customId: string, context: InteractionContext = {}) {
  return {
    ...envelope(3, context),
    message: { id: nextSnowflake(), channel_id: context.channelId ?? CHANNEL_ID },
    data: { custom_id: customId, component_type: 2 },
  };
}

export function pingInteraction() {
  return { id: nextSnowflake(), application_id: APPLICATION_ID, type: 1, token: 'ping-token', version: 1 };
}
