// The physical floor of the load benchmark (tests/bench/load.mjs): the same notice and the
// same first step as seloste's page, as plain HTML with only this script: the identity
// code's check character, an error summary and a second step. No framework, no wasm.
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY = /^[+\-ABCDEFYXWVU]$/;

function validCode(code) {
  const m = /^(\d{6})(.)(\d{3})(.)$/.exec(code.trim().toUpperCase());
  if (!m || !CENTURY.test(m[2])) return false;
  return CHECK[Number(m[1] + m[3]) % 31] === m[4];
}

const RULES = {
  name: (v) => (v.trim() ? '' : 'Kirjoita koko nimesi.'),
  identity_code: (v) => (!v.trim() ? 'Anna henkilötunnuksesi.' : validCode(v) ? '' : 'Tarkista henkilötunnus: tarkistusmerkki ei täsmää.'),
  email: (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? '' : 'Anna sähköpostiosoitteesi.'),
};

const form = document.querySelector('form');
document.querySelector('#step-1').disabled = false;
const summary = document.querySelector('.seloste-error-summary');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const errors = Object.entries(RULES)
    .map(([name, rule]) => [name, rule(form.elements[name].value)])
    .filter(([, message]) => message);
  summary.replaceChildren();
  if (errors.length) {
    const title = document.createElement('h2');
    title.textContent = 'Tarkista seuraavat kohdat';
    const list = document.createElement('ul');
    for (const [name, message] of errors) {
      const a = document.createElement('a');
      a.href = `#${name}`;
      a.textContent = message;
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    summary.append(title, list);
    summary.hidden = false;
    summary.focus();
    return;
  }
  summary.hidden = true;
  document.querySelector('#step-1').hidden = true;
  document.querySelector('#step-2').hidden = false;
  document.querySelector('#step-2 h1').focus();
});
