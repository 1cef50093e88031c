import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Orders two relative paths folder by folder, each level by name (UTF-16 code units, as `Array.prototype.sort`
 * compares): the order of a depth-first walk that sorts every folder, so `a/x` comes before `a-b` ("a" < "a-b"),
 * where comparing the whole strings would put `a-b` first ("-" < "/").
 */
export function comparePathsByFolder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * Every regular file under a folder, at any depth, as a path relative to it with `/` between folders, in
 * `comparePathsByFolder` order. Node's recursive `readdir` lists entries in whatever order the file system
 * gives; cache keys (`pipelineVersion`) and byte-identical builds hash files in this order, so it is sorted
 * here. Symbolic links, pipes and sockets are not listed, nor is anything reached through a link: Node's
 * recursive `readdir` walks into linked folders (even a link back up the tree, until the system's link limit),
 * so their contents are dropped here, and nothing outside the folder is ever listed.
 */
export function listFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  const pathOf = (entry: Dirent) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
  const links = entries.filter((entry) => entry.isSymbolicLink()).map((entry) => `${pathOf(entry)}/`);
  return entries
    .filter((entry) => entry.isFile())
    .map(pathOf)
    .filter((path) => !links.some((link) => path.startsWith(link)))
    .sort(comparePathsByFolder);
}

/**
 * Fingerprint of every file under a folder (`listFiles`, in its order): each path and its bytes, hashed
 * (SHA-256, first 16 hex digits). Any change to a file, a name, an added or a removed file gives another
 * one; the same files give the same one whatever order the file system lists them in. The caches key on it
 * the version of the code that wrote them (`pipelineVersion`, `integrityCodeVersion`).
 */
export function folderFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const path of listFiles(root)) hash.update(path).update('\0').update(readFileSync(join(root, path))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
