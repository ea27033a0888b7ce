// Loads the page's wasm (no inline script, so a strict CSP can forbid them).
import init from './{{PAGE}}.js';

init();
