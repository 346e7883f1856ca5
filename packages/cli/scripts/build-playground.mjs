// Bundles the playground page into dist/playground/{index.html,app.js,app.css}: no external URL, no CDN, so the
// page works offline and under a strict Content-Security-Policy (script-src 'self').
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'playground');
const out = join(root, 'dist', 'playground');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(source, 'app.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
copyFileSync(join(source, 'app.css'), join(out, 'app.css'));
const html = readFileSync(join(source, 'index.html'), 'utf8').replace(
  '</head>',
  '    <script type="module" src="./app.js"></script>\n  </head>',
);
if (/(src|href)="https?:/.test(html)) throw new Error('playground page must not load external resources');
writeFileSync(join(out, 'index.html'), html);
