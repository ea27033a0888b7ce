// Loads the importer's wasm (no inline script, so a strict CSP can forbid them).
import init from './importer.js';

init();
