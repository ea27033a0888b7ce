// Writes the stylesheet of the custom elements' shadow roots from public/css/seloste.css
// (the one stylesheet of the components), so that the host page's CSS cannot reach in:
// - `:host` takes `all: initial !important`: inside a shadow tree an !important rule beats
//   the page's, so `* { font-size: 3em !important; display: none !important }` stops at
//   the element's edge; `--seloste-*` custom properties still inherit (theming);
// - the defaults of `--seloste-*` move from `:root, :host` into each `var()` as its
//   fallback, so a value the host sets on any ancestor wins over the default;
// - `rem` (the page's root font size, which a host page can restyle) becomes multiples
//   of `--seloste-font-size` (16px unless the host brands it); media queries keep `rem`.
// Usage: node app/embed/shadow-css.mjs public/css/seloste.css > out.css
import { readFileSync } from 'node:fs';

const source = readFileSync(process.argv[2] ?? 'public/css/seloste.css', 'utf8');
const block = /:root, :host \{([^}]*)\}/.exec(source);
if (!block) throw new Error('seloste.css: no ":root, :host { … }" block of --seloste-* defaults');
const defaults = Object.fromEntries(
  [...block[1].matchAll(/(--seloste-[a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]),
);
const BASE = 'var(--seloste-font-size, 16px)';
const noRem = (text) => text.replace(/(\d*\.?\d+)rem\b/g, (_, n) => `calc(${n} * ${BASE})`);
const body = source
  .replace(block[0], '')
  .split('\n')
  .map((line) => (line.includes('@media') ? line : noRem(line)))
  .join('\n')
  .replace(/var\((--seloste-[a-z-]+)\)/g, (all, name) => (name in defaults ? `var(${name}, ${noRem(defaults[name])})` : all));

const host = `/* Shadow root stylesheet of <seloste-notice> and <seloste-request>, made from seloste.css
   by app/embed/shadow-css.mjs. Brand with --seloste-* custom properties and ::part(). */
:host { all: initial !important; display: block !important; }
:host([hidden]) { display: none !important; }
.seloste-embed {
  font-family: var(--seloste-font, ${defaults['--seloste-font']});
  font-size: ${BASE};
  line-height: 1.5;
  color: var(--seloste-text, ${defaults['--seloste-text']});
  text-align: start;
}
`;
process.stdout.write(host + body);
