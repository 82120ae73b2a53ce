import { createHash } from 'node:crypto';

/** Namespace for AIMS Atlas name-based UUIDs (itself a UUIDv5 of the site name in the URL namespace). */
export const aimsAtlasNamespace = uuidV5('https://aims-atlas.example/', '6ba7b811-9dad-11d1-80b4-00c04fd430c8');

/**
 * Returns the RFC 4122 version 5 UUID of a name in a namespace, so that generated documents keep
 * the same UUID for the same mapping from one build to the next.
 */
export function uuidV5(name: string, namespace: string = aimsAtlasNamespace): string {
  const namespaceBytes = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
