// Builds a 10 000-element page around the components (a long CMS page: menus, tables,
// listings), so the tests see that nothing in them walks or restyles the whole document.
const before = document.getElementById('before');
const after = document.getElementById('after');
function block(n) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = `Uutinen ${n}`;
  const list = document.createElement('ul');
  for (let i = 0; i < 7; i++) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#uutinen-${n}-${i}`;
    link.textContent = `Kohta ${i + 1}`;
    item.append(link);
    list.append(item);
  }
  section.append(heading, list);
  return section; // 1 + 1 + 1 + 7 × 2 = 17 elements
}
const count = 590; // 590 × 17 = 10 030 elements
const half = document.createDocumentFragment();
const rest = document.createDocumentFragment();
for (let n = 0; n < count; n++) (n < count / 2 ? half : rest).append(block(n));
before.append(half);
after.append(rest);
document.body.dataset.elements = String(document.getElementsByTagName('*').length);
