// A notice as static HTML to paste into a page (issue 19), made by the crate's command-line
// tool (components/examples/notice_html.rs, built by scripts/test.sh) with the release's
// stylesheet and its hash from sri.json; and a host page holding it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TOOL = process.env.SELOSTE_NOTICE_HTML || 'target/debug/examples/notice_html';

/** The `<seloste-notice>` element with its declarative shadow root, for the notice file
 * `id` of the built site `dist`, as served from `/notices/`. */
export function pastedNotice(dist, id, { lang = 'fi' } = {}) {
  const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));
  const css = Object.keys(sri).find((path) => /^embed\/[^/]+\/seloste\.css$/.test(path));
  return execFileSync(TOOL, [
    join(dist, 'notices', `${id}.json`),
    '--src', `/notices/${id}.json`,
    '--lang', lang,
    '--stylesheet', `/${css}`,
    '--integrity', sri[css],
  ], { encoding: 'utf8' }).trim();
}

/** A host page (strict CSP) with the notice pasted into it and `seloste.js` loaded (or
 * not, with `script: false`). */
export function pastedPage(dist, id, { script = true, lang = 'fi' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
<title>Tietosuoja – a pasted notice</title>
${script ? '<script type="module" src="/seloste.js"></script>' : ''}
</head>
<body>
<main>
<h1>Perusturvan lapsiperheiden palvelut</h1>
${pastedNotice(dist, id, { lang })}
<p id="after">Sivun muu sisältö.</p>
</main>
</body>
</html>
`;
}
