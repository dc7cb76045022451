import { createCipheriv, createDecipheriv, KeyObject, randomFillSync } from 'node:crypto';

const ivLength = 12;
const tagLength = 16;

/** Random IVs drawn from the system's generator 256 at a time: one call per IV cost as much as the encryption. */
const ivPool = Buffer.alloc(ivLength * 256);
let ivPoolOffset = ivPool.length;

function nextIv(): Buffer {
  if (ivPoolOffset === ivPool.length) {
    randomFillSync(ivPool);
    ivPoolOffset = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivPoolOffset, ivPoolOffset + ivLength));
  ivPoolOffset += ivLength;
  return iv;
}

/**
 * AES-256-GCM: iv, authentication tag and ciphertext in one buffer, so a record carries all it needs but
 * the key. A caller sealing often passes a KeyObject: Node checks a raw key's type at a cost on every call.
 */
export function sealPayload(key: Buffer | KeyObject, payload: unknown): Buffer {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the key is wrong or the sealed bytes were altered. */
export function openPayload(key: Buffer | KeyObject, sealed: Buffer): unknown {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivLength));
  decipher.setAuthTag(sealed.subarray(ivLength, ivLength + tagLength));
  const plaintext = Buffer.concat([decipher.update(sealed.subarray(ivLength + tagLength)), decipher.final()]);
  return JSON.parse(plaintext.toString('utf8'));
}
