// Loads the PDF maker (a wasm bundle of its own, pdf/seloste-pdf.js) only when a PDF is
// asked for or, where making the request makes its PDF, while the answers are checked
// (`warmPdfMaker`), with the forms file that labels the answers and the font. A module file, not
// an inline script, so pages with a strict Content-Security-Policy can use it. Where the
// loader gave SRI hashes (`integrity`, by address: seloste.js gives them for its own files),
// each of these files is fetched with its hash, and one that does not match is refused.
/** The maker's module and the font subset, each loaded once: a failed load is forgotten,
 * so that the next press tries again. */
const kept = {};
const once = (key, load) => (kept[key] ??= load().catch((e) => {
  kept[key] = undefined;
  throw e;
}));

async function fetched(url, read, integrity) {
  const response = await fetch(url, integrity ? { integrity } : {});
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return read(response);
}

/** A module fetched with its SRI hash before it is imported (a dynamic import takes no
 * hash; the module map then holds the checked one). */
function preloaded(url, integrity) {
  if (!integrity) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.integrity = integrity;
    link.href = url;
    link.addEventListener('load', () => resolve(link.remove()), { once: true });
    link.addEventListener('error', () => reject(new Error(`${url} was not loaded, or is not the file it should be`)), { once: true });
    document.head.append(link);
  });
}

/** The PDF maker's module, loaded and started once (again after a failed try). Its wasm is
 * fetched at once, while the module loads, not after it (issue 19: no waterfall). */
function pdfMaker(moduleUrl, integrity) {
  const wasm = new URL('seloste-pdf_bg.wasm', moduleUrl).href;
  return once('maker', () => {
    const compiled = fetch(wasm, integrity[wasm] ? { integrity: integrity[wasm] } : {});
    // Not awaited before the module is: a failure is seen where the glue takes it (or not
    // at all, after a failed try with the maker already running).
    compiled.catch(() => {});
    return preloaded(moduleUrl, integrity[moduleUrl]).then(() => import(moduleUrl)).then(async (m) => {
      await m.default({ module_or_path: compiled });
      return m;
    });
  });
}

/** The subset of the font beside it (`DejaVuSans.ttf` → `DejaVuSans-subset.ttf`,
 * `scripts/font-subset.sh`): Latin with the Sámi letters, Greek and Cyrillic, a fifth of
 * the whole font. The maker is given it first; it answers undefined for a document with a
 * character the subset lacks, and only then is the whole font fetched. */
const fontOf = (url, integrity) => fetched(url, (r) => r.arrayBuffer(), integrity[url]).then((bytes) => new Uint8Array(bytes));
const subsetOf = (fontUrl, integrity) => once('subset', () => fontOf(fontUrl.replace(/\.ttf$/, '-subset.ttf'), integrity));

/** Starts loading the maker and the font subset before the first press, where making the
 * request makes its PDF (`Delivery::makes_pdf`), while the citizen checks the answers; not
 * where the browser asks to save data. A failure here is not said: the press tries again. */
export function warmPdfMaker(moduleUrl, fontUrl, integrityJson) {
  if (navigator.connection?.saveData) return;
  const integrity = JSON.parse(integrityJson || '{}');
  pdfMaker(moduleUrl, integrity).catch(() => {});
  subsetOf(fontUrl, integrity).catch(() => {});
}

/** The PDF from `make(font, whole)`: with `subset`, or else with the whole font. */
async function withFont(subset, fontUrl, integrity, make) {
  return make(subset, false) ?? make(await fontOf(fontUrl, integrity), true);
}

export async function makePdf(moduleUrl, formsUrl, fontUrl, payloadJson, lang, integrityJson) {
  const integrity = JSON.parse(integrityJson || '{}');
  const [m, forms, subset] = await Promise.all([
    pdfMaker(moduleUrl, integrity),
    fetched(formsUrl, (r) => r.text(), integrity[formsUrl]),
    subsetOf(fontUrl, integrity),
  ]);
  // Generation time, without the time to fetch the whole font when it is needed.
  let ms = 0;
  const pdf = await withFont(subset, fontUrl, integrity, (font, whole) => {
    const started = performance.now();
    const made = m.make_pdf(payloadJson, forms, font, whole, lang);
    ms += performance.now() - started;
    return made;
  });
  return { pdf, ms };
}

/** The PDF of a reminder or complaint letter (JSON, `after/letters.rs`). */
export async function makeLetterPdf(moduleUrl, fontUrl, letterJson, lang, integrityJson) {
  const integrity = JSON.parse(integrityJson || '{}');
  const [m, subset] = await Promise.all([pdfMaker(moduleUrl, integrity), subsetOf(fontUrl, integrity)]);
  return withFont(subset, fontUrl, integrity, (font, whole) => m.make_letter_pdf(letterJson, font, whole, lang));
}
