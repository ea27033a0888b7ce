// What the load benchmark (load.mjs) serves besides the built site: the forms file whose
// first step asks for name, identity code and email, and the plain-HTML page of the same
// notice and questions (the physical floor).

/** The shipped forms file, with the access request starting from "about you" with the
 * email address (step 2 is then "whose data is the request about?"; the rest of the
 * contact details keep their step). */
export function benchForms(forms) {
  const step = (id) => forms.steps.find((s) => s.id === id);
  const email = step('contact').fields.find((f) => f.id === 'email');
  const person = { ...step('requester'), id: 'bench_person', fields: [...step('requester').fields, email] };
  const contact = { ...step('contact'), id: 'bench_contact', fields: step('contact').fields.filter((f) => f !== email) };
  const access = forms.kinds.access;
  const rest = access.steps.filter((s) => s !== 'requester').map((s) => (s === 'contact' ? 'bench_contact' : s));
  return {
    ...forms,
    $schema: undefined,
    steps: [...forms.steps, person, contact],
    kinds: { ...forms.kinds, access: { ...access, steps: ['bench_person', ...rest] } },
  };
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The notice (its bodies are the sample notice's own sanitised markup) and the same first
 * two steps as plain HTML; `plain.js` checks the answers (the first step is disabled until
 * it runs, so that "input ready" means what it means on seloste's page). */
export function plainPage(notice) {
  const sections = notice.sections
    .map((s) => `<section><h3>${escape(s.heading)}</h3>${s.body}</section>`)
    .join('\n');
  const field = (id, label, type, hint = '') => `<div class="field"><label for="${id}">${label}</label>${hint ? `<p class="hint" id="${id}-hint">${hint}</p>` : ''}
<input id="${id}" name="${id}" type="${type}"${hint ? ` aria-describedby="${id}-hint"` : ''}></div>`;
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
<title>Tietosuoja – benchmark: plain HTML</title>
<script type="module" src="/bench/plain.js"></script>
</head>
<body>
<main>
<h1>Perusturvan lapsiperheiden palvelut</h1>
<article class="seloste-notice" lang="${escape(notice.lang)}">
<h2>${escape(notice.title)}</h2>
<dl><dt>Rekisteri</dt><dd>${escape(notice.register_name)}</dd><dt>Rekisterinpitäjä</dt><dd>${escape(notice.controller.name)}</dd></dl>
${sections}
</article>
<form novalidate>
<div class="seloste-error-summary" tabindex="-1" hidden></div>
<fieldset id="step-1" disabled>
<h1>Sinun tietosi</h1>
${field('name', 'Koko nimi', 'text')}
${field('identity_code', 'Henkilötunnus', 'text', 'Esimerkiksi 131052-308T')}
${field('email', 'Sähköpostiosoite', 'email')}
<button type="submit">Jatka</button>
</fieldset>
<div id="step-2" hidden>
<h1 tabindex="-1">Kenen tietoja pyyntö koskee?</h1>
<fieldset><legend>Teen pyynnön</legend>
<label><input type="radio" name="acting_for" value="self" checked> omista tiedoistani</label>
<label><input type="radio" name="acting_for" value="guardian_of_minor"> alaikäisen lapseni huoltajana</label>
</fieldset>
</div>
</form>
</main>
</body>
</html>
`;
}
