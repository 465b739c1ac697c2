// The comparison client of the idle-RSS bench: a bare discord.js client (Guilds intent, default caches) that logs in
// to DISCORD_API_URL's gateway and idles. Writes "ready" to stderr on READY.
import { Client, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
client.once('clientReady', () => process.stderr.write('ready\n'));
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
