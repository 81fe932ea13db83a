// Serves the newsroom on http://localhost:3000 (PORT to change it), building first when no build exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const run = (args) => {
  const result = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: building the newsroom first.');
  run(['run', 'build']);
}
run(['exec', '--', 'next', 'start', '-p', process.env.PORT ?? '3000']);
