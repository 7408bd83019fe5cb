import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BUFFER_BYTES = 1 << 20;
const BLOCK = 16;

/**
 * Texts kept in a temporary file instead of memory, each read back by the number `add` gave it:
 * for data a long job holds from its start to its end but reads only once, late (the payloads of
 * a bulk load's records). The texts are customer data, so the file is encrypted (AES-256-CTR, the
 * counter being the block's position in the file) under a key that lives only in this object: a
 * file left behind by a job that was killed is unreadable. Readable by its owner only; `close`
 * deletes it.
 */
export class SpilledTexts {
  private readonly key = crypto.randomBytes(32);
  private readonly nonce = crypto.randomBytes(8);
  private readonly blockCipher = crypto.createCipheriv('aes-256-ecb', this.key, null).setAutoPadding(false);
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-spill-'));
  /** Where the texts are. */
  readonly file = path.join(this.dir, 'texts');
  private readonly fd = fs.openSync(this.file, 'w+', 0o600);
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private buffered = 0;
  private written = 0;
  private starts: number[] = [];
  private lengths: number[] = [];
  private closed = false;

  /** Stores `text`; returns its number. */
  add(text: string): number {
    if (this.closed) throw new Error('the spilled texts were closed');
    const bytes = Buffer.from(text);
    if (this.buffered + bytes.length > BUFFER_BYTES) this.flush();
    this.starts.push(this.written + this.buffered);
    this.lengths.push(bytes.length);
    if (bytes.length > BUFFER_BYTES) this.writeAt(bytes, this.written);
    else this.buffered += bytes.copy(this.buffer, this.buffered);
    return this.starts.length - 1;
  }

  get(index: number): string {
    if (this.closed) throw new Error('the spilled texts were closed');
    const start = this.starts[index];
    if (start === undefined) throw new RangeError(`no spilled text ${index}`);
    this.flush();
    const text = Buffer.allocUnsafe(this.lengths[index]);
    fs.readSync(this.fd, text, 0, text.length, start);
    this.seal(text, start);
    return text.toString('utf8');
  }

  /** Deletes the file; safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.starts = [];
    this.lengths = [];
  }

  /**
   * AES-CTR's key stream for `bytes` bytes from byte `at` (a multiple of 16): the counter blocks
   * (nonce, block number) encrypted by one ECB cipher kept for the object's life, as creating a
   * cipher per text would cost more than reading it.
   */
  private keyStream(at: number, bytes: number): Buffer {
    const blocks = Math.ceil(bytes / BLOCK);
    const counters = Buffer.allocUnsafe(blocks * BLOCK);
    for (let b = 0; b < blocks; b++) {
      const counter = at / BLOCK + b;
      this.nonce.copy(counters, b * BLOCK);
      counters.writeUInt32BE(Math.floor(counter / 2 ** 32), b * BLOCK + 8);
      counters.writeUInt32BE(counter % 2 ** 32, b * BLOCK + 12);
    }
    return this.blockCipher.update(counters);
  }

  /** XORs `data` in place with the key stream from byte `at` of the file. */
  private seal(data: Buffer, at: number): void {
    const skip = at % BLOCK;
    const stream = this.keyStream(at - skip, skip + data.length);
    for (let i = 0; i < data.length; i++) data[i] ^= stream[skip + i];
  }

  private writeAt(plain: Buffer, at: number): void {
    const sealed = Buffer.from(plain);
    this.seal(sealed, at);
    fs.writeSync(this.fd, sealed, 0, sealed.length, at);
    this.written = at + sealed.length;
  }

  private flush(): void {
    if (this.buffered === 0) return;
    this.writeAt(this.buffer.subarray(0, this.buffered), this.written);
    this.buffered = 0;
  }
}
