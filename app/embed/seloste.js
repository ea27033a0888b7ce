// seloste.js — the one file a host page loads:
//   <script type="module" src="https://cdn.example.fi/seloste/seloste.js"></script>
// It registers <seloste-notice>, <seloste-request> and <seloste-requests> and exports
// mount() / unmount() / clearDrafts() for portals that do not use custom elements.
// Everything else is loaded from beside this file, so the base URL is wherever seloste.js
// is served from: the two wasm bundles of the release folder (the notice's, which is all a
// page with only <seloste-notice> loads, and the form's), the shadow stylesheet, forms, the
// PDF maker and the fonts. A notice pasted as static HTML (`notice_html`) is taken over
// where it is. No inline script or style is ever needed: it works under `default-src
// 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`. cargo xtask bundles
// (xtask/src/pages.rs) fills in the versioned release folder and the SRI hash of every
// file this loader loads: the bundles' modules, wasm and stylesheet, the form's later
// chunks (checked by the chunk loader), the PDF maker and its wasm, the fonts and the
// default forms file. A file that does not match its hash (changed on a CDN) is refused,
// whichever it is.
const BASE = new URL('./', import.meta.url);
const BUNDLE = new URL('{{BUNDLE}}', BASE);
/** SRI hashes by path below BASE. */
const INTEGRITY = JSON.parse('{{INTEGRITY}}');
/** The same by absolute address, for the wasm's own fetches (forms, PDF maker, font). */
const INTEGRITY_OF_URL = Object.fromEntries(Object.entries(INTEGRITY).map(([path, hash]) => [new URL(path, BASE).href, hash]));
const INTEGRITY_BY_URL = JSON.stringify(INTEGRITY_OF_URL);
const integrityOf = (url) => INTEGRITY[String(url).slice(BASE.href.length)] ?? '';

/** Fetches a module with its SRI hash before anything imports it: a dynamic import takes
 * no hash, and the module map then holds the checked module for every import of it. */
function preloaded(url) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.integrity = integrityOf(url);
    link.href = url;
    link.addEventListener('load', () => resolve(link.remove()), { once: true });
    link.addEventListener('error', () => reject(new Error(`${url} was not loaded, or is not the file it should be (integrity)`)), { once: true });
    document.head.append(link);
  });
}

/** The two bundles of the release folder: the notice's (no form code: a page with only a
 * notice loads nothing else) and the form's, for <seloste-request> and <seloste-requests>. */
const BUNDLES = {
  notice: { dir: new URL('notice/', BUNDLE), name: 'seloste-notice' },
  form: { dir: BUNDLE, name: 'seloste-embed' },
};
const bundleOf = (type) => (type === 'notice' ? 'notice' : 'form');
const loaded = {};

/** A bundle's exports (`which`: "notice" or "form"), loaded once for every element of the
 * page. Everything it needs is asked for at once: its modules (checked under their hashes),
 * its wasm (fetched with its hash while the modules load) and, by the elements, the
 * stylesheet, the notice and the forms file. Only the glue's own module waits, one round
 * trip, for the modules it imports: a module preloaded after one that imports it could be
 * taken unchecked. A load that failed (the connection dropped) is not kept: the next
 * render (an attribute change, mount()) tries again. */
function bundle(which) {
  const { dir, name } = BUNDLES[which];
  loaded[which] ??= (async () => {
    const wasm = new URL(`${name}_bg.wasm`, dir).href;
    const compiled = fetch(wasm, { integrity: integrityOf(wasm) });
    // Not awaited before the modules are: a failure is seen where the glue takes it.
    compiled.catch(() => {});
    const entry = new URL(`${name}.js`, dir).href;
    const other = Object.values(BUNDLES).find((b) => b.dir.href !== dir.href && b.dir.href.startsWith(dir.href));
    const imported = Object.keys(INTEGRITY)
      .map((path) => new URL(path, BASE).href)
      .filter((url) => url.startsWith(dir.href) && !(other && url.startsWith(other.dir.href)) && url.endsWith('.js') && url !== entry);
    await Promise.all(imported.map(preloaded));
    await preloaded(entry);
    const glue = await import(entry);
    // A promise of the response: the glue compiles it as it streams in.
    await glue.default({ module_or_path: compiled });
    return glue;
  })().catch((error) => {
    loaded[which] = undefined;
    throw error;
  });
  return loaded[which];
}

/** Notices and forms files by address: each fetched once per page, however many elements
 * use it, and as soon as the loader knows it. Each caller gets a copy of the response of
 * its own; a failed or refused fetch is forgotten, so that the next render asks again. */
const files = new Map();
function fileOf(url, integrity = '') {
  if (!files.has(url)) {
    const pending = fetch(url, { integrity });
    files.set(url, pending);
    pending.then((response) => response.ok || files.delete(url), () => files.delete(url));
  }
  return files.get(url).then((response) => response.clone());
}

/** Asks for what the element `config` describes will need, before the wasm runs: its
 * notice and, for a request form, its forms file (the element's own, or the one the
 * notice names, beside this file, as `embed.rs` finds it). */
function prefetch(config) {
  const notice = absolute(config.src);
  if (!notice || config.type === 'requests') return;
  const forms = absolute(config.forms);
  if (config.type !== 'request') fileOf(notice).catch(() => {});
  else if (forms) Promise.all([fileOf(notice), fileOf(forms)]).catch(() => {});
  else {
    fileOf(notice)
      .then((response) => response.json())
      .then((json) => {
        const url = BASE.href + (json?.requests?.forms ?? 'forms/default.json');
        return fileOf(url, INTEGRITY_OF_URL[url] ?? '');
      })
      .catch(() => {});
  }
}

const LOAD_FAILED = {
  fi: 'Lomaketta ei voitu ladata. Tarkista verkkoyhteys ja lataa sivu uudelleen.',
  sv: 'Formuläret kunde inte laddas. Kontrollera nätverksanslutningen och ladda om sidan.',
  en: 'The form could not be loaded. Check your connection and reload the page.',
};

const absolute = (url) => (url ? new URL(url, document.baseURI).href : undefined);
const langOf = (element, config) =>
  config.lang || element.closest('[lang]')?.getAttribute('lang') || navigator.language || 'fi';

function dispatch(element, name, detail) {
  element.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

/** One mounted notice or form: its shadow root, stylesheet and the wasm's handle. */
class Mount {
  #element;
  #config;
  #handle = null;
  /** The bundle that mounted `#handle`. */
  #glue = null;
  #generation = 0;

  constructor(element) {
    this.#element = element;
  }

  /** (Re)renders with `config`: {type, src, kind, lang, endpoint, adapter, mailto, forms,
   * headers, identity, headingLevel}. Answers of a request form survive in its draft. */
  async render(config) {
    this.#config = config;
    const generation = ++this.#generation;
    const root = this.#element.shadowRoot ?? this.#element.attachShadow({ mode: 'open' });
    prefetch(config);
    // A notice pasted as static HTML (a declarative shadow root, `notice_html`), with its
    // stylesheet: the notice bundle takes it over where it is, drawing nothing again.
    const pasted = !this.#glue && config.type === 'notice' ? root.querySelector('.seloste-embed') : null;
    // The stylesheet is asked for with the bundle, not after it.
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.crossOrigin = 'anonymous';
    const css = new URL('seloste.css', BUNDLE).href;
    style.integrity = integrityOf(css);
    style.href = css;
    const styled = pasted ? Promise.resolve() : new Promise((done) => {
      style.addEventListener('load', done, { once: true });
      // Not loaded, or changed (its hash): nothing of it applies; the element still works.
      style.addEventListener('error', () => done(console.error(`seloste: ${css} was not loaded, or is not the file it should be (integrity)`)), { once: true });
    });
    // Loading begins once the link is in the (connected) shadow root: put beside what it
    // shows until the new content replaces it.
    if (!pasted || !root.querySelector('link[rel=stylesheet]')) root.append(style);
    const container = pasted ?? document.createElement('div');
    container.className = 'seloste-embed';
    container.setAttribute('part', 'root');
    let glue;
    try {
      [glue] = await Promise.all([this.#bundleFor(config.type, pasted), styled]);
    } catch (error) {
      if (generation !== this.#generation) return;
      console.error('seloste: the bundle could not be loaded:', error);
      const lang = langOf(this.#element, config).slice(0, 2);
      const message = LOAD_FAILED[lang] ?? LOAD_FAILED.fi;
      dispatch(this.#element, 'seloste-error', { message });
      // A pasted notice is the notice still.
      if (pasted) return;
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.textContent = message;
      root.replaceChildren(p);
      return;
    }
    if (generation !== this.#generation) return;
    this.#teardown();
    this.#glue = glue;
    if (!pasted) {
      // The stylesheet stays in place (taken out and put back, it would be loaded again).
      for (const node of [...root.childNodes]) if (node !== style) node.remove();
      root.append(container);
    }
    const settings = new glue.Config(absolute(config.src) ?? '', BASE.href);
    settings.lang(langOf(this.#element, config));
    if (Number(config.headingLevel)) settings.heading_level(Number(config.headingLevel));
    settings.files(fileOf);
    if (config.type !== 'notice') {
      settings.kind(config.kind ?? undefined);
      settings.forms(absolute(config.forms));
      settings.delivery(config.adapter ?? undefined, absolute(config.endpoint), config.mailto ?? undefined);
      if (config.headers) settings.headers(Object.entries(config.headers).map(([name, value]) => `${name}: ${value}`).join('\n'));
      if (config.identity) {
        const { name, code, by } = config.identity;
        settings.identity(String(name ?? ''), String(code ?? ''), String(by ?? ''));
      }
      settings.integrity(INTEGRITY_BY_URL);
    }
    try {
      const mounter = { notice: glue.mount_notice, requests: glue.mount_requests }[config.type] ?? glue.mount_request;
      this.#handle = mounter(container, settings);
    } catch (error) {
      console.error(String(error));
    }
  }

  /** The bundle that draws `type`. A pasted notice is on the page already, and its bundle
   * only takes it over: where the page has a form too, the form's bundle goes first, so
   * that the form is ready sooner on a slow connection. */
  async #bundleFor(type, pasted) {
    if (pasted && document.querySelector('seloste-request, seloste-requests')) {
      await bundle('form').catch(() => {});
    }
    return bundle(bundleOf(type));
  }

  /** A new language without mounting again. */
  setLang(code) {
    this.#config = { ...this.#config, lang: code };
    if (this.#handle !== null) this.#glue.set_lang(this.#handle, langOf(this.#element, this.#config));
  }

  /** Unmounts what the bundle that mounted it drew. */
  #teardown() {
    if (this.#handle !== null) this.#glue.unmount(this.#handle);
    this.#handle = null;
  }

  unmount() {
    this.#generation++;
    this.#teardown();
    this.#element.shadowRoot?.replaceChildren();
  }
}

const mounts = new WeakMap();
function mountOf(element) {
  if (!mounts.has(element)) mounts.set(element, new Mount(element));
  return mounts.get(element);
}

/**
 * Mounts a notice, a request form or "my requests" into `element` (in its shadow root)
 * without custom elements. `config.type` is "notice", "request" or "requests"; the other members are the elements'
 * attributes (`src`, `kind`, `lang`, `endpoint`, `adapter`, `mailto`, `forms`), plus
 * `headers` ({name: value} for the backend) and `identity` ({name, code, by}: a person the
 * portal has already identified, shown as verified and not editable). The element gets the
 * same events as the custom elements. Returns a promise that settles when mounted.
 */
export function mount(element, config) {
  if (!(element instanceof HTMLElement)) throw new TypeError('seloste.mount: element must be an HTMLElement');
  if (!['notice', 'request', 'requests'].includes(config?.type)) throw new TypeError('seloste.mount: config.type must be "notice", "request" or "requests"');
  return mountOf(element).render({ ...config });
}

/** Removes what `mount` put into `element`. */
export function unmount(element) {
  return mounts.get(element)?.unmount();
}

/** The prefix of the drafts' keys in sessionStorage (`web/platform/draft.rs`). */
const DRAFT_PREFIX = 'seloste-draft/';

/**
 * Removes every draft of this tab: the answers of forms not yet sent, which otherwise
 * come back on a reload. For a portal's logout, with unmount() of its forms (a form
 * mounted with a verified identity deletes its own draft when unmounted). Returns how
 * many drafts were removed.
 */
export function clearDrafts() {
  let removed = 0;
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(DRAFT_PREFIX)) {
        sessionStorage.removeItem(key);
        removed += 1;
      }
    }
  } catch {
    // Storage blocked: nothing was kept either.
  }
  return removed;
}

/** What both elements share: attributes are props, a change renders again. */
class SelosteElement extends HTMLElement {
  #queued = false;
  #identity = null;
  #headers = null;

  constructor() {
    super();
    // A property set before seloste.js ran sits on the element itself and would hide the
    // setters below: take it over.
    for (const name of ['identity', 'headers']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  connectedCallback() {
    this.#queue();
  }

  disconnectedCallback() {
    // Moved within the page: connected again in the same task.
    queueMicrotask(() => this.isConnected || mountOf(this).unmount());
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'lang' && !this.#queued) mountOf(this).setLang(value ?? '');
    else this.#queue();
  }

  /** The identified person ({name, code, by}); JS only, never an attribute. */
  set identity(value) {
    this.#identity = value ?? null;
    if (this.isConnected) this.#queue();
  }

  get identity() {
    return this.#identity ? { by: this.#identity.by } : null;
  }

  /** Extra headers for the backend ({name: value}). */
  set headers(value) {
    this.#headers = value ?? null;
    if (this.isConnected) this.#queue();
  }

  #queue() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (!this.isConnected) return;
      const attrs = Object.fromEntries(this.getAttributeNames().map((n) => [n, this.getAttribute(n)]));
      mountOf(this).render({
        ...this.config(attrs),
        lang: attrs.lang,
        headingLevel: attrs['heading-level'],
        headers: this.#headers ?? undefined,
        identity: this.#identity ?? undefined,
      });
    });
  }
}

class SelosteNotice extends SelosteElement {
  static observedAttributes = ['src', 'lang', 'heading-level'];

  constructor() {
    super();
    // "Make a request" in the notice: to `request-href` ({kind} filled in), or to a
    // <seloste-request> of the same page, which switches to that kind.
    this.addEventListener('seloste-request', (event) => {
      const kind = event.detail?.kind;
      const href = this.getAttribute('request-href');
      if (href) {
        window.location.assign(href.replace('{kind}', encodeURIComponent(kind)));
        return;
      }
      const form = document.querySelector(`seloste-request[notice="${CSS.escape(this.getAttribute('src') ?? '')}"]`) ?? document.querySelector('seloste-request');
      if (form) {
        form.setAttribute('kind', kind);
        form.scrollIntoView();
      }
    });
  }

  config(attrs) {
    return { type: 'notice', src: attrs.src };
  }
}

class SelosteRequest extends SelosteElement {
  static observedAttributes = ['notice', 'kind', 'lang', 'endpoint', 'adapter', 'mailto', 'forms', 'heading-level'];

  config(attrs) {
    return {
      type: 'request',
      src: attrs.notice,
      kind: attrs.kind,
      endpoint: attrs.endpoint,
      adapter: attrs.adapter,
      mailto: attrs.mailto,
      forms: attrs.forms,
    };
  }
}

/** "My requests" kept on this device: kept only when the citizen chooses to. */
class SelosteRequests extends SelosteElement {
  static observedAttributes = ['lang', 'heading-level'];

  config() {
    return { type: 'requests' };
  }
}

if (!customElements.get('seloste-notice')) customElements.define('seloste-notice', SelosteNotice);
if (!customElements.get('seloste-request')) customElements.define('seloste-request', SelosteRequest);
if (!customElements.get('seloste-requests')) customElements.define('seloste-requests', SelosteRequests);
