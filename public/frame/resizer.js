// The host page's side of the iframe embed (frame/frame.js). Load it from the same place as
// the frame, as a classic script:
//
//   <script src="https://cdn.example.fi/seloste/frame/resizer.js" defer></script>
//   <iframe src="https://cdn.example.fi/seloste/frame/?notice=…&origin=https://www.example.fi"
//           title="Tietosuojaseloste" data-seloste-frame></iframe>
//
// It listens only to messages from those iframes (the sender's window and the frame's
// origin both checked), sets each one's height to its content's, and dispatches the
// component's events (`seloste-submitted`, `seloste-error`, `seloste-pdf`) on the iframe
// element, bubbling, with the same `detail` as the custom elements give: a host script
// listens for them as it would on <seloste-request>. No inline style is set as an
// attribute (only the CSSOM height), so it works under a strict CSP that allows this
// script's origin in script-src and frame-src.
(() => {
  const script = document.currentScript;
  const FRAME_ORIGIN = new URL(script ? script.src : location.href).origin;
  const EVENTS = ['seloste-submitted', 'seloste-error', 'seloste-pdf'];
  const frameOf = (source) => Array.from(document.querySelectorAll('iframe[data-seloste-frame]')).find((f) => f.contentWindow === source);
  window.addEventListener('message', (event) => {
    if (event.origin !== FRAME_ORIGIN) return;
    const frame = frameOf(event.source);
    const data = event.data;
    if (!frame || !data || typeof data !== 'object') return;
    if (data.type === 'seloste-height' && Number.isFinite(data.height) && data.height >= 0) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    } else if (data.type === 'seloste-event' && EVENTS.includes(data.name)) {
      frame.dispatchEvent(new CustomEvent(data.name, { detail: data.detail, bubbles: true }));
    }
  });
})();
