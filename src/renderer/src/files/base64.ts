// btoa/atob work on "binary strings"; converting in slices keeps String.fromCharCode's
// argument list well under the engine's limit for packs of several megabytes.
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file the user picked, as the { fileName, contentBase64 } the API takes. */
export async function readFileForUpload(
  file: File,
): Promise<{ fileName: string; contentBase64: string }> {
  return {
    fileName: file.name,
    contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
  };
}
