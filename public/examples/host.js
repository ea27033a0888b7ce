// What a host page does with the components' events: here, list them in the page's event
// log (and keep them in window.seloste_events for the tests). No personal data is shown:
// the log names the event, the request's reference and the status or message.
window.seloste_events = [];
const log = document.getElementById('events');
for (const name of ['seloste-submitted', 'seloste-error', 'seloste-pdf', 'seloste-request']) {
  document.addEventListener(name, (event) => {
    window.seloste_events.push({ name, target: event.target.id || event.target.localName, detail: event.detail });
    if (!log) return;
    const item = document.createElement('p');
    const d = event.detail ?? {};
    item.textContent = [name, event.target.id, d.reference, d.status ?? d.kind ?? d.message].filter(Boolean).join(' · ');
    log.append(item);
  });
}
// Buttons that change an element's attribute (data-target, data-attribute, data-value):
// the element renders again with the new value.
for (const button of document.querySelectorAll('button[data-target]')) {
  button.addEventListener('click', () => {
    document.getElementById(button.dataset.target)?.setAttribute(button.dataset.attribute, button.dataset.value);
  });
}
