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

/** The PDF maker's module, loaded and started once (again after a failed try). */
function pdfMaker(moduleUrl, integrity) {
  maker ??= preloaded(moduleUrl, integrity[moduleUrl]).then(() => import(moduleUrl)).then(async (m) => {
    const wasm = new URL('seloste-pdf_bg.wasm', moduleUrl).href;
    // A Request, not a fetch: the glue fetches it only if the maker is not running yet
    // (after a failed try it is, and a fetch made here would fail unheard when offline).
    await m.default({ module_or_path: new Request(wasm, integrity[wasm] ? { integrity: integrity[wasm] } : {}) });
    return m;
  });
  return maker;
}

export async function makePdf(moduleUrl, formsUrl, fontUrl, payloadJson, lang, integrityJson) {
  const integrity = JSON.parse(integrityJson || '{}');
  try {
    const [m, forms, font] = await Promise.all([
      pdfMaker(moduleUrl, integrity),
      fetched(formsUrl, (r) => r.text(), integrity[formsUrl]),
      fetched(fontUrl, (r) => r.arrayBuffer(), integrity[fontUrl]),
    ]);
    const started = performance.now();
    const pdf = m.make_pdf(payloadJson, forms, new Uint8Array(font), lang);
    return { pdf, ms: performance.now() - started };
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
    const [m, font] = await Promise.all([
      pdfMaker(moduleUrl, integrity),
      fetched(fontUrl, (r) => r.arrayBuffer(), integrity[fontUrl]),
    ]);
    return m.make_letter_pdf(letterJson, new Uint8Array(font), lang);
  } catch (e) {
    maker = undefined;
    throw e;
  }
}
