// Types of seloste.js, the one module a page loads: the custom elements it registers, the
// JS API (mount, unmount, clearDrafts) and the detail of every event. The events' types
// are checked against public/schemas/events.schema.json (tests/contracts/types.test.mjs);
// the payload's are made from request.schema.json (request.d.ts).
import type { SelosteRequestPayload } from './request.js';

export type { SelosteRequestPayload } from './request.js';

/** The kinds of data-subject request a form can make. */
export type RequestKind =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'objection'
  | 'log_data'
  | 'consent_withdrawal'
  | 'other';

/** The three languages of the components. */
export type Lang = 'fi' | 'sv' | 'en';

/** How a request leaves the form (the notice's `requests.adapter`, which this overrides). */
export type Adapter = 'json' | 'form' | 'multipart' | 'mailto' | 'pdf';

/**
 * A person the portal has already identified (e.g. with Suomi.fi): shown as verified and
 * not editable, and recorded in the request as `requester.identified_by`. Given only in
 * code, never in an attribute or an address.
 */
export interface Identity {
  /** The verified name. */
  name: string;
  /** The verified identity code (a Finnish personal identity code). */
  code: string;
  /** Who verified them, in the portal's words (e.g. "Suomi.fi"). */
  by: string;
}

/** Extra headers sent with every POST to the endpoint ({name: value}), e.g. a CSRF token. */
export type Headers = Record<string, string>;

/** What every mount takes. */
interface CommonConfig {
  /** fi, sv or en (a longer tag such as "fi-FI" is read by its language); default: the
   * nearest `lang` attribute of the page, then the browser's language. */
  lang?: string;
  /** The level of the first heading (a notice's title: default 2; a form's page titles:
   * default 1). */
  headingLevel?: number | string;
}

/** A privacy notice. */
export interface NoticeConfig extends CommonConfig {
  type: 'notice';
  /** The notice's address (JSON, `notice.schema.json`), relative to the page. */
  src: string;
}

/** A request form for one notice's register. */
export interface RequestConfig extends CommonConfig {
  type: 'request';
  /** The notice's address (JSON), relative to the page. */
  src: string;
  /** The kind of request; without it the citizen chooses. */
  kind?: RequestKind;
  /** Where requests are posted (https, or http on loopback); overrides the notice's. */
  endpoint?: string;
  /** How requests leave the form; overrides the notice's. */
  adapter?: Adapter;
  /** The office's e-mail address for the mailto adapter; overrides the notice's. */
  mailto?: string;
  /** Another forms file (`forms.schema.json`) than the one the notice names. */
  forms?: string;
  headers?: Headers;
  identity?: Identity;
}

/** "My requests": the requests the citizen chose to keep on this device. */
export interface RequestsConfig extends CommonConfig {
  type: 'requests';
}

/** What `mount` takes. */
export type MountConfig = NoticeConfig | RequestConfig | RequestsConfig;

/**
 * Mounts a notice, a request form or "my requests" into `element`'s shadow root, without
 * custom elements. The element then gets the same events as the custom elements. Settles
 * when mounted; a bundle that could not be loaded is said in the element and in a
 * `seloste-error` event, not by rejecting.
 * @throws TypeError when `element` is not an HTMLElement or `config.type` is unknown.
 */
export function mount(element: HTMLElement, config: MountConfig): Promise<void>;

/** Removes what `mount` put into `element`. */
export function unmount(element: HTMLElement): void;

/**
 * Removes every draft of this tab (the answers of forms not yet sent, kept in
 * sessionStorage): for a portal's logout. Returns how many were removed.
 */
export function clearDrafts(): number;

/** A request's short reference as the citizen sees it, e.g. "7K3M-QF2P". */
export type Reference = string;

/** When the answer is due (GDPR Art. 12(3)): one month from the request, extendable by
 * two more. Days as YYYY-MM-DD. */
export interface Deadline {
  answer_by: string;
  extended_by: string;
}

/** What the host page hears of a request by default: nothing personal but the masked
 * identity. */
export interface RequestSummary {
  id: string;
  kind: RequestKind;
  lang?: Lang;
  notice_id?: string;
  /** The identity code masked (131052-****), or a date of birth alone: never a whole code. */
  identity?: string;
  /** base64url SHA-256 of the canonical payload without its seal. */
  seal_digest?: string;
}

/** `seloste-submitted`: a request was made (delivered, kept to be sent later, or made for
 * the citizen to print or mail). */
export interface SubmittedDetail {
  reference: Reference;
  /** RFC 3339, UTC, whole seconds. */
  created_at: string;
  deadline: Deadline;
  status: 'made' | 'delivered' | 'queued';
  /** The backend's own case reference, when it gave one (only when delivered). */
  backend_reference?: string;
  /** When the backend received it (RFC 3339, UTC): present exactly when delivered. */
  delivered_at?: string;
  /** The whole payload, only where the page has
   * `<meta name="seloste-event-payload" content="full">`; `request` otherwise. */
  payload?: SelosteRequestPayload;
  request?: RequestSummary;
}

/** `seloste-error`: something went wrong, said in the citizen's language. */
export interface ErrorDetail {
  reference?: Reference;
  /** The request was kept on the device, to be sent later. */
  queued?: true;
  message: string;
}

/** `seloste-pdf`: a PDF of a request was made and downloaded. */
export interface PdfDetail {
  reference: Reference;
  file_name: string;
  /** Bytes. */
  size: number;
  /** How long making it took, in whole milliseconds. */
  ms: number;
}

/** `seloste-request`: a reader of a notice pressed a request button. */
export interface RequestDetail {
  kind: RequestKind;
}

/** Every event the components dispatch (bubbling, composed), by name. */
export interface SelosteEventMap {
  'seloste-submitted': CustomEvent<SubmittedDetail>;
  'seloste-error': CustomEvent<ErrorDetail>;
  'seloste-pdf': CustomEvent<PdfDetail>;
  'seloste-request': CustomEvent<RequestDetail>;
}

/** `<seloste-notice src lang heading-level request-href>` */
export interface SelosteNoticeElement extends HTMLElement {}

/** `<seloste-request notice kind lang endpoint adapter mailto forms heading-level>`, with
 * `identity` and `headers` set in code. */
export interface SelosteRequestElement extends HTMLElement {
  /** The verified person; read back, only who verified them ({by}), or null. */
  get identity(): { by: string } | null;
  set identity(value: Identity | null);
  /** Extra headers for the endpoint (write only). */
  set headers(value: Headers | null);
}

/** `<seloste-requests lang heading-level>` */
export interface SelosteRequestsElement extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    'seloste-notice': SelosteNoticeElement;
    'seloste-request': SelosteRequestElement;
    'seloste-requests': SelosteRequestsElement;
  }
  // The events bubble to the host page: every element and the document hear them.
  interface HTMLElementEventMap extends SelosteEventMap {}
  interface DocumentEventMap extends SelosteEventMap {}
}
