// Loads the request form's wasm (no inline script, so a strict CSP can forbid them).
import init from './request.js';

init();
