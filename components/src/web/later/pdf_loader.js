// Loads the PDF maker (a wasm bundle of its own, pdf/seloste-pdf.js) only when someone asks
// for a PDF, with the forms file that labels the answers and the font. A module file, not
// an inline script, so pages with a strict Content-Security-Policy can use it.
let maker;

async function fetched(url, read) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return read(response);
}

export async function makePdf(moduleUrl, formsUrl, fontUrl, payloadJson, lang) {
  maker ??= import(moduleUrl).then(async (m) => {
    await m.default();
    return m;
  });
  try {
    const [m, forms, font] = await Promise.all([
      maker,
      fetched(formsUrl, (r) => r.text()),
      fetched(fontUrl, (r) => r.arrayBuffer()),
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
