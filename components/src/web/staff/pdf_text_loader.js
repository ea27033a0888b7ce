// Loads the studio's PDF reader (a wasm bundle of its own, pdf-text/seloste-pdf-text.js)
// only when staff choose a PDF, and reads the file with it. A module file, not an inline
// script, so the page's Content-Security-Policy needs nothing more.
let reader;

/** The reader's module, loaded and started once (again after a failed try); its wasm is
 * fetched at once, while the module loads. */
function pdfReader(moduleUrl) {
  reader ??= (() => {
    const wasm = fetch(new URL('seloste-pdf-text_bg.wasm', moduleUrl).href);
    wasm.catch(() => {});
    return import(moduleUrl).then(async (m) => {
      await m.default({ module_or_path: wasm });
      return m;
    });
  })();
  reader.catch(() => { reader = undefined; });
  return reader;
}

/** The text of a PDF (bytes), or throws the name of the reason it has none ("Protected"),
 * or "Unavailable" when the reader could not be loaded. */
export async function pdfText(moduleUrl, bytes) {
  let m;
  try {
    m = await pdfReader(moduleUrl);
  } catch (e) {
    console.error('seloste studio: the PDF reader was not loaded', e);
    throw 'Unavailable';
  }
  return m.notice_pdf_text(bytes);
}
