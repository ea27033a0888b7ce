// The outbox: requests that could not be sent yet, kept in this browser's IndexedDB,
// encrypted with AES-GCM under a key that cannot be exported (WebCrypto keeps its bytes
// out of reach of scripts; IndexedDB stores the key object itself). What is stored in the
// clear says nothing personal: the request's id, and `meta` (short reference, kind, time,
// whether the backend refused it). A request is put here before its first attempt and
// removed when a backend confirms it (write-ahead), and one tab at a time sends it.
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

// The one key of the origin's outbox. Made with `add`, which fails if another tab made one
// first (its records are encrypted under that one): then that key is read and used.
async function key(db) {
  const found = await done(store(db, 'keys').get('outbox'));
  if (found) return found;
  const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  try {
    await done(store(db, 'keys', 'readwrite').add(made, 'outbox'));
    return made;
  } catch (e) {
    if (e?.name !== 'ConstraintError') throw e;
    return done(store(db, 'keys').get('outbox'));
  }
}

/**
 * Holds the sending of request `id` in this tab (Web Locks, shared by the origin's tabs):
 * resolves to a function that releases it, or to null when another tab is sending it now.
 * A closed tab's locks are released by the browser. Without Web Locks, every tab may send
 * (the Idempotency-Key still keeps the backend from storing it twice).
 */
export function outboxLock(id) {
  if (!navigator.locks) return Promise.resolve(() => {});
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(`seloste-outbox/${id}`, { ifAvailable: true }, (lock) => {
        if (!lock) return resolve(null);
        return new Promise((release) => resolve(() => release()));
      })
      .catch(reject);
  });
}

/** Replaces a kept request's `meta` (when the backend refused it); nothing when it is gone. */
export async function outboxMark(id, meta) {
  const db = await open();
  try {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('requests', 'readwrite');
      const requests = tx.objectStore('requests');
      const got = requests.get(id);
      got.onsuccess = () => {
        if (got.result) requests.put({ ...got.result, meta });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
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
