// `npm start`: serves the newsroom on http://localhost:3000 (PORT to change it), building
// first when there is no build. It runs the standalone server the build makes (see
// docs/deploy.md), the same one a deployment runs, on every interface.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../lib/site/dist-dir.js';
import { serverMemoryEnv } from '../lib/site/server-memory.js';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const server = path.join(distDir(), 'standalone', 'server.js');

if (!existsSync(server)) {
  console.log('No production build yet: building the newsroom first.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// HOSTNAME is often the machine's name in a shell or a container; the server takes it as
// the address to listen on, so it is set here, not inherited.
const child = spawn(process.execPath, [server], {
  stdio: 'inherit',
  env: { ...process.env, ...serverMemoryEnv(), NODE_ENV: 'production', PORT: process.env.PORT ?? '3000', HOSTNAME: '0.0.0.0' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
