import type { AssessmentModel } from './model';
import { migrateState, parseState, type AssessmentState, type Migration } from './state';

/**
 * Share links carry the answers in the URL fragment ("#assessment=1.<data>"), which browsers never
 * send to a server. The data is the answers as JSON, compressed with DEFLATE (CompressionStream)
 * and written in base64url; "1." names this encoding.
 */
export const sharePrefix = '#assessment=';
const encodingVersion = '1.';

/** Longest fragment accepted, in characters; longer answers travel as an exported file. */
export const maxShareLength = 16_000;
/** Largest decompressed size accepted, so that a small link cannot expand into a huge document. */
export const maxSharedJsonBytes = 256 * 1024;

export type ShareProblem = 'too-long' | 'invalid-encoding' | 'invalid-json' | 'invalid-schema';

export type ShareDecodeResult =
  | { status: 'absent' }
  | { status: 'invalid'; reason: ShareProblem; path: string }
  | ({ status: 'valid' } & Migration);

export type ShareEncodeResult = { ok: true; fragment: string } | { ok: false; reason: 'too-long' };

class TooLargeError extends Error {}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompresses, stopping with TooLargeError as soon as the output passes `limit` bytes. */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const output = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}

/** Encodes the answers, without browser-only fields such as the current step, as a URL fragment. */
export async function encodeShareFragment(state: AssessmentState): Promise<ShareEncodeResult> {
  const { format, kind, questionSet, profile, answers } = state;
  const json = JSON.stringify({ format, kind, questionSet, profile, answers });
  const fragment =
    sharePrefix + encodingVersion + toBase64Url(await deflate(new TextEncoder().encode(json)));
  return fragment.length > maxShareLength
    ? { ok: false, reason: 'too-long' }
    : { ok: true, fragment };
}

/**
 * Decodes a URL fragment. Anything that is not a share link is "absent". A share link that is too
 * long, badly encoded, not JSON or not exactly the state schema is "invalid", with the reason.
 */
export async function decodeShareFragment(
  hash: string,
  model: AssessmentModel,
): Promise<ShareDecodeResult> {
  if (!hash.startsWith(sharePrefix)) return { status: 'absent' };
  const invalid = (reason: ShareProblem, path = ''): ShareDecodeResult => ({
    status: 'invalid',
    reason,
    path,
  });
  const value = hash.slice(sharePrefix.length);
  if (value.length > maxShareLength) return invalid('too-long');
  if (
    !value.startsWith(encodingVersion) ||
    !/^[A-Za-z0-9_-]+$/.test(value.slice(encodingVersion.length))
  ) {
    return invalid('invalid-encoding');
  }

  let text: string;
  try {
    const bytes = await inflate(
      fromBase64Url(value.slice(encodingVersion.length)),
      maxSharedJsonBytes,
    );
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return invalid(error instanceof TooLargeError ? 'too-long' : 'invalid-encoding');
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid('invalid-json');
  }
  const parsed = parseState(json);
  if (!parsed.ok) return invalid('invalid-schema', parsed.path);
  return { status: 'valid', ...migrateState(parsed.state, model) };
}
