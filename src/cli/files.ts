/**
 * The command line's file handling, kept apart so each rule can be tested alone:
 * - the answers file is read only when it is a regular file of at most 1 MB (a FIFO, a device
 *   like /dev/zero or a folder is refused at once, without reading from it);
 * - its bytes become text only when they are UTF-8 (UTF-16 is named, so the person can re-save);
 * - the checklist is written to a temporary file in the same folder, then renamed over the target,
 *   so a failed write never leaves a broken file where a good one was; and never over the
 *   answers file itself, nor over anything that is not a regular file.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The largest answers file read: a complete version-2 file with every lookup is far smaller. */
export const MAX_ANSWERS_BYTES = 1_000_000;

export type ReadProblem = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: ReadProblem };

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Reads a regular file of at most `max` bytes. Opened without blocking, so a FIFO with no writer
 * cannot hang; checked with fstat on the open handle, so the file checked is the file read; read
 * at most `max + 1` bytes, so a file that grows meanwhile is still refused without reading it all.
 */
export async function readRegularFile(path: string, max = MAX_ANSWERS_BYTES): Promise<ReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing' };
    if (code === 'EISDIR') return { ok: false, problem: 'not-a-file' };
    return { ok: false, problem: 'unreadable' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, problem: 'not-a-file' };
    if (info.size > max) return { ok: false, problem: 'too-large' };
    const buffer = new Uint8Array(max + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > max) return { ok: false, problem: 'too-large' };
    return { ok: true, bytes: buffer.slice(0, length) };
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: 'utf16' | 'not-utf8' };

/**
 * The text of a file that should be UTF-8. A UTF-8 byte-order mark (Windows editors add one) is
 * dropped. UTF-16 is recognised by its byte-order mark, or without one by the zero bytes that
 * plain ASCII letters leave beside them; anything else that is not valid UTF-8 is refused too, so
 * nothing is read as garbage.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return { ok: false, problem: 'utf16' };
  if (bytes.length >= 2 && (b0 === 0) !== (b1 === 0)) return { ok: false, problem: 'utf16' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}

/**
 * Whether `out` names the same file as `answers` (the same path, a symbolic link to it, or a hard
 * link: the same device and inode). A path that does not exist yet is never the answers file.
 */
export async function isSameFile(out: string, answers: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([stat(out), stat(answers)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

export type WriteProblem = 'not-a-file' | 'cannot-write';
export type WriteResult = { ok: true } | { ok: false; problem: WriteProblem };
export type WriteBytes = (path: string, bytes: Uint8Array) => Promise<void>;

/** Writes bytes to a new file with an open handle, flushed to disk before it is closed. */
async function writeNewFile(path: string, bytes: Uint8Array, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` with `bytes` all at once: they are written to a temporary file beside it, then
 * renamed over it, so at every moment the target is either the old file or the whole new one. A
 * symbolic link is followed (the file it points to is replaced; the link stays). A target that
 * exists but is not a regular file (a folder, /dev/null, a FIFO) is refused and left alone.
 * `write` writes the temporary file; tests give one that fails.
 */
export async function replaceFileAtomically(target: string, bytes: Uint8Array, write?: WriteBytes): Promise<WriteResult> {
  let destination = resolve(target);
  let mode = 0o666;
  try {
    destination = await realpath(destination);
    const info = await stat(destination);
    if (!info.isFile()) return { ok: false, problem: 'not-a-file' };
    mode = info.mode & 0o777;
  } catch (error) {
    // A path that does not exist yet is fine: its folder is checked by writing into it.
    if (codeOf(error) !== 'ENOENT') return { ok: false, problem: 'cannot-write' };
  }
  const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (write) await write(temporary, bytes);
    else await writeNewFile(temporary, bytes, mode);
    await rename(temporary, destination);
    return { ok: true };
  } catch {
    await unlink(temporary).catch(() => undefined);
    return { ok: false, problem: 'cannot-write' };
  }
}
