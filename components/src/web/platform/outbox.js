// The outbox: requests that could not be sent yet, kept in this browser's IndexedDB,
// encrypted with AES-GCM under a key that cannot be exported (WebCrypto keeps its bytes
// out of reach of scripts; IndexedDB stores the key object itself). What is stored in the
// clear says nothing personal: the request's id, and `meta` (short reference, kind, time).
const DB = 'seloste-outbox';

function done(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open() {
  const r = indexedDB.open(DB, 1);
  r.onupgradeneeded = () => {
    r.result.createObjectStore('requests', { keyPath: 'id' });
    r.result.createObjectStore('keys');
  };
  return done(r);
}

function store(db, name, mode = 'readonly') {
  return db.transaction(name, mode).objectStore(name);
}

async function key(db) {
  const found = await done(store(db, 'keys').get('outbox'));
  if (found) return found;
  const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await done(store(db, 'keys', 'readwrite').put(made, 'outbox'));
  return made;
}

/** Keeps a request: `meta` (JSON text, nothing personal) in the clear, `secret` (JSON text) encrypted. */
export async function outboxPut(id, meta, secret) {
  const db = await open();
  try {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(db), new TextEncoder().encode(secret));
    await done(store(db, 'requests', 'readwrite').put({ id, meta, iv, data }));
  } finally {
    db.close();
  }
}

/** The kept requests' `meta` texts, as a JSON array text. */
export async function outboxList() {
  const db = await open();
  try {
    const all = await done(store(db, 'requests').getAll());
    return `[${all.map((r) => r.meta).join(',')}]`;
  } finally {
    db.close();
  }
}

/** Whether any request is kept (false when storage is unavailable). */
export async function outboxAny() {
  try {
    const db = await open();
    try {
      return (await done(store(db, 'requests').count())) > 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** A kept request's secret, decrypted; null when it is gone. */
export async function outboxRead(id) {
  const db = await open();
  try {
    const found = await done(store(db, 'requests').get(id));
    if (!found) return null;
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: found.iv }, await key(db), found.data);
    return new TextDecoder().decode(plain);
  } finally {
    db.close();
  }
}

export async function outboxDelete(id) {
  const db = await open();
  try {
    await done(store(db, 'requests', 'readwrite').delete(id));
  } finally {
    db.close();
  }
}
