// The comparison server of the HTTP bench: node:http that verifies the Ed25519 signature exactly as Discord asks
// (timestamp + body, the application public key) and answers a constant message. Nothing else: no parsing, no
// engine. Writes {"port":N,"msg":"listening"} to stderr once it listens on 127.0.0.1 (PORT, default 0).
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';

const publicKey = createPublicKey({
  key: {
    kty: 'OKP',
    crv: 'Ed25519',
    x: Buffer.from(process.env.DISCORD_PUBLIC_KEY ?? '', 'hex').toString('base64url'),
  },
  format: 'jwk',
});
const CONSTANT = JSON.stringify({ type: 4, data: { content: 'ok' } });

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    const signature = Buffer.from(String(request.headers['x-signature-ed25519'] ?? ''), 'hex');
    const timestamp = String(request.headers['x-signature-timestamp'] ?? '');
    const ok =
      signature.length === 64 && verify(null, Buffer.concat([Buffer.from(timestamp), body]), publicKey, signature);
    response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? CONSTANT : '{}');
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stderr.write(`${JSON.stringify({ port: server.address().port, msg: 'listening' })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
