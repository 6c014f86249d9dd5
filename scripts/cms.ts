// `npm run cms`: the editors' web interface on this computer, no git-host account needed.
// Starts the live preview (astro dev, which also serves /admin/) and Decap's local backend
// (decap-server, file-system mode) over this folder, then prints the address to open.
// Saved entries land as files in content/, ready for `git add` and `git commit`. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const backendPort = Number(process.env.CMS_PORT ?? 8081);
const previewPort = Number(process.env.PORT ?? 4321);
const backend = `http://127.0.0.1:${backendPort}/api/v1`;

const children: ChildProcess[] = [];
function start(name: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.on('exit', (code) => {
    console.error(`${name} đã dừng (mã ${code}).`);
    stop(code ?? 1);
  });
  return child;
}
function stop(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The local backend reads and writes the files of this folder, on 127.0.0.1 only.
const server = start('decap-server', [resolve('node_modules/decap-server/dist/index.js')], {
  PORT: String(backendPort),
  BIND_HOST: '127.0.0.1',
  GIT_REPO_DIRECTORY: process.cwd(),
  MODE: 'fs',
});
server.stderr!.pipe(process.stderr);

const preview = start('astro dev', [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(previewPort)], {
  CMS_LOCAL_BACKEND: backend,
  ASTRO_TELEMETRY_DISABLED: '1',
});
let shown = false;
preview.stdout!.on('data', (chunk: Buffer) => {
  const text = String(chunk);
  process.stdout.write(text);
  const address = /http:\/\/127\.0\.0\.1:\d+\/[^\s]*/.exec(text.replace(/\x1b\[[0-9;]*m/g, ''));
  if (address && !shown) {
    shown = true;
    const base = new URL(address[0]);
    console.log(`\n  Trang biên tập (CMS):  ${new URL('admin/', base).href}`);
    console.log(`  Xem trước trang web:   ${new URL('vi/', base).href}`);
    console.log(`  Máy chủ lưu tệp:       ${backend} (chỉ trên máy này)\n  Nhấn Ctrl+C để dừng.\n`);
  }
});
preview.stderr!.pipe(process.stderr);
