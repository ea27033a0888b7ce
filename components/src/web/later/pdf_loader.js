// Loads the PDF maker (a wasm bundle of its own, pdf/seloste-pdf.js) only when someone asks
// for a PDF, with the forms file that labels the answers and the font. A module file, not
// an inline script, so pages with a strict Content-Security-Policy can use it. Where the
// loader gave SRI hashes (`integrity`, by address: seloste.js gives them for its own files),
// each of these files is fetched with its hash, and one that does not match is refused.
let maker;

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
  maker ??= (() => {
    const compiled = fetch(wasm, integrity[wasm] ? { integrity: integrity[wasm] } : {});
    // Not awaited before the module is: a failure is seen where the glue takes it (or not
    // at all, after a failed try with the maker already running).
    compiled.catch(() => {});
    return preloaded(moduleUrl, integrity[moduleUrl]).then(() => import(moduleUrl)).then(async (m) => {
      await m.default({ module_or_path: compiled });
      return m;
    });
  })();
  return maker;
}

/** The subset of the font beside it (`DejaVuSans.ttf` → `DejaVuSans-subset.ttf`,
 * `scripts/font-subset.sh`): Latin with the Sámi letters, Greek and Cyrillic, a fifth of
 * the whole font. The maker is given it first; it answers undefined for a document with a
 * character the subset lacks, and only then is the whole font fetched. */
const subsetOf = (fontUrl) => fontUrl.replace(/\.ttf$/, '-subset.ttf');
const fontOf = (url, integrity) => fetched(url, (r) => r.arrayBuffer(), integrity[url]).then((bytes) => new Uint8Array(bytes));

/** The PDF from `make(font, whole)`: with `subset`, or else with the whole font. */
async function withFont(subset, fontUrl, integrity, make) {
  return make(subset, false) ?? make(await fontOf(fontUrl, integrity), true);
}

export async function makePdf(moduleUrl, formsUrl, fontUrl, payloadJson, lang, integrityJson) {
  const integrity = JSON.parse(integrityJson || '{}');
  try {
    const [m, forms, subset] = await Promise.all([
      pdfMaker(moduleUrl, integrity),
      fetched(formsUrl, (r) => r.text(), integrity[formsUrl]),
      fontOf(subsetOf(fontUrl), integrity),
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
  } catch (e) {
    // A failed download can be tried again.
    maker = undefined;
    throw e;
  }
}

/** The PDF of a reminder or complaint letter (JSON, `after/letters.rs`). */
export async function makeLetterPdf(moduleUrl, fontUrl, letterJson, lang, integrityJson) {
  const integrity = JSON.parse(integrityJson || '{}');
  try {
    const [m, subset] = await Promise.all([pdfMaker(moduleUrl, integrity), fontOf(subsetOf(fontUrl), integrity)]);
    return await withFont(subset, fontUrl, integrity, (font, whole) => m.make_letter_pdf(letterJson, font, whole, lang));
  } catch (e) {
    maker = undefined;
    throw e;
  }
}
