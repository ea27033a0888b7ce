// The JS API, as a portal that has already identified its user (e.g. with Suomi.fi) uses
// it: no custom element, and the verified name and identity code go to the form in code,
// never in an attribute or a URL. The form shows them as verified and not editable.
import { mount, unmount } from '../seloste.js';

const area = document.getElementById('form-area');
// In a real portal these come from the portal's own session after strong identification.
const identity = { name: 'Maija Meikäläinen', code: '131052-308T', by: 'Suomi.fi' };
const open = () =>
  mount(area, {
    type: 'request',
    src: '../notices/pieksamaki-lapsiperheet.json',
    kind: 'access',
    lang: 'fi',
    identity,
    headers: { 'X-Portal-Session': 'example' },
  });
area.id = 'form';
open();
document.getElementById('unmount').addEventListener('click', () => unmount(area));
document.getElementById('mount').addEventListener('click', open);
