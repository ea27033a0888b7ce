// The iframe embed, for CMSs whose editors strip <script> and unknown elements from what
// is pasted: this page shows one notice, request form or "my requests" from the public
// settings in its address, and talks to the host page only by postMessage.
//
//   <iframe src="https://cdn.example.fi/seloste/frame/?notice=notices/x.json&kind=access
//            &lang=fi&origin=https://www.example.fi" title="…" data-seloste-frame></iframe>
//
// The query holds public settings only: `notice` (the notice's address, on this site: a
// notice of another origin could name a backend of anyone's choosing, so it is refused),
// `type` (notice, request or requests; request when `kind` is given), `kind`, `lang`,
// `heading-level`, and `origin`, the host page's origin. Nothing personal is ever read from
// it, and where requests go is the notice's alone (no endpoint, adapter or address here).
// Messages to the host: `{type: "seloste-height", height}` whenever the content's height
// changes, and `{type: "seloste-event", name, detail}` for `seloste-submitted`,
// `seloste-error` and `seloste-pdf`. Events go only to `origin` (postMessage drops them if
// the parent is another origin); without a valid `origin` no event leaves the frame, and
// only the height, which says nothing of the citizen, is posted. `resizer.js` is the host's
// side. Works under the strict CSP of DESIGN.md: no inline script or style.
import '../seloste.js';

const TAGS = { notice: 'seloste-notice', request: 'seloste-request', requests: 'seloste-requests' };
const RELAYED = ['seloste-submitted', 'seloste-error', 'seloste-pdf'];
const REFUSED = {
  fi: 'Tätä tietosuojaselostetta ei voi näyttää tässä kehyksessä. Ilmoita asiasta sivuston ylläpitäjälle.',
  sv: 'Den här dataskyddsbeskrivningen kan inte visas i den här ramen. Meddela webbplatsens administratör.',
  en: 'This privacy notice cannot be shown in this frame. Please tell the site\'s administrator.',
};

const params = new URLSearchParams(location.search);
const main = document.querySelector('.seloste-frame');

/** The host's origin when `origin` is one (scheme, host and port, nothing more). */
function hostOrigin(value) {
  try {
    const origin = new URL(value).origin;
    return origin !== 'null' && origin === value.replace(/\/$/, '') ? origin : null;
  } catch {
    return null;
  }
}

/** The notice's address when it is on this site. */
function noticeUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value, location.href);
    return url.origin === location.origin ? url.href : null;
  } catch {
    return null;
  }
}

const origin = hostOrigin(params.get('origin') ?? '');
const post = (message, to) => {
  if (window.parent !== window) window.parent.postMessage(message, to);
};

const lang = ['fi', 'sv', 'en'].includes(params.get('lang')) ? params.get('lang') : null;
if (lang) document.documentElement.lang = lang;
const type = TAGS[params.get('type')] ? params.get('type') : params.has('kind') ? 'request' : 'notice';
const notice = noticeUrl(params.get('notice'));
if (!origin && params.has('origin')) console.error(`seloste frame: origin "${params.get('origin')}" is not an origin such as https://www.example.fi; no events are posted`);

if (type !== 'requests' && !notice) {
  console.error(`seloste frame: notice "${params.get('notice') ?? ''}" is not a notice on ${location.origin}`);
  const p = document.createElement('p');
  p.className = 'seloste-frame-error';
  p.setAttribute('role', 'alert');
  p.textContent = REFUSED[lang ?? 'fi'];
  main.append(p);
} else {
  const element = document.createElement(TAGS[type]);
  // (<seloste-notice src>, <seloste-request notice>: DESIGN.md's attribute names.)
  if (notice) element.setAttribute(type === 'notice' ? 'src' : 'notice', notice);
  if (type === 'request' && params.get('kind')) element.setAttribute('kind', params.get('kind'));
  if (lang) element.setAttribute('lang', lang);
  const level = Number(params.get('heading-level'));
  if (level >= 1 && level <= 5) element.setAttribute('heading-level', String(level));
  if (origin) {
    for (const name of RELAYED) {
      element.addEventListener(name, (event) => post({ type: 'seloste-event', name, detail: event.detail }, origin));
    }
  }
  main.append(element);
}

// The height the host's iframe needs, whenever it changes (a step, an error, the outbox).
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: 'seloste-height', height }, origin ?? '*');
  }
}).observe(document.documentElement);
