/**
 * Page bindings carry strings only, while Electron's IPC carries structured clones (Uint8Array
 * included). This codec keeps bytes intact across the harness's bridge; it runs in Node and in the page.
 */
const BYTES_TAG = '$wp-bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? { [BYTES_TAG]: toBase64(item) } : item));
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && BYTES_TAG in item ? fromBase64((item as Record<string, string>)[BYTES_TAG]) : item,
  );
}
