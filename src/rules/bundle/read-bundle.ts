import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../../errors/user-error.js';
import './messages.js';

/** A wasm module of a bundle and what the manifest says about it. */
export interface BundleWasm {
  /** Path inside the bundle (`/policy.wasm`), or the file itself. */
  module: string;
  bytes: Uint8Array;
  /** Entrypoints the manifest lists for this module, with their annotations (may be empty). */
  resolvers: { entrypoint: string; annotations: Record<string, unknown>[] }[];
}

export interface Bundle {
  file: string;
  wasm: BundleWasm[];
  /** `data.json` of the bundle root, if any. */
  data?: unknown;
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** Reads an OPA bundle (`.tar.gz` from `opa build -t wasm`) or a bare `policy.wasm`. */
export function readBundle(file: string): Bundle {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UserError('bundle.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
  if (WASM_MAGIC.every((b, i) => bytes[i] === b)) return { file, wasm: [{ module: file, bytes, resolvers: [] }] };
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new UserError('bundle.not_a_bundle', { file }, { file });
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(bytes);
  } catch (error) {
    throw new UserError('bundle.bad_archive', { file, detail: error instanceof Error ? error.message : String(error) }, { file });
  }
  const entries = readTar(tarBytes, file);
  const find = (name: string) => entries.get(name) ?? entries.get(`/${name}`);
  let manifest: { wasm?: { entrypoint?: unknown; module?: unknown; annotations?: unknown }[] } = {};
  const manifestBytes = find('.manifest');
  if (manifestBytes) {
    try {
      manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as typeof manifest;
    } catch (error) {
      throw new UserError('bundle.bad_manifest', { file, detail: error instanceof Error ? error.message : String(error) }, { file });
    }
    if (manifest === null || typeof manifest !== 'object' || (manifest.wasm !== undefined && !Array.isArray(manifest.wasm))) {
      throw new UserError('bundle.bad_manifest', { file, detail: 'wasm must be a list of {entrypoint, module}' }, { file });
    }
  }
  const wasm: BundleWasm[] = [];
  const byModule = new Map<string, BundleWasm>();
  for (const resolver of manifest.wasm ?? []) {
    if (typeof resolver?.entrypoint !== 'string' || typeof resolver.module !== 'string') {
      throw new UserError('bundle.bad_manifest', { file, detail: 'every wasm entry needs entrypoint and module strings' }, { file });
    }
    let target = byModule.get(resolver.module);
    if (!target) {
      const moduleBytes = find(resolver.module.replace(/^\//, ''));
      if (!moduleBytes) throw new UserError('bundle.bad_manifest', { file, detail: `module ${resolver.module} is not in the bundle` }, { file });
      target = { module: resolver.module, bytes: moduleBytes, resolvers: [] };
      byModule.set(resolver.module, target);
      wasm.push(target);
    }
    const annotations = Array.isArray(resolver.annotations) ? (resolver.annotations as Record<string, unknown>[]) : [];
    target.resolvers.push({ entrypoint: resolver.entrypoint, annotations });
  }
  if (wasm.length === 0) {
    const policy = find('policy.wasm');
    if (policy) wasm.push({ module: '/policy.wasm', bytes: policy, resolvers: [] });
  }
  if (wasm.length === 0) throw new UserError('bundle.no_wasm', { file }, { file });
  const dataBytes = find('data.json');
  let data: unknown;
  if (dataBytes) {
    try {
      data = JSON.parse(new TextDecoder().decode(dataBytes));
    } catch (error) {
      throw new UserError('bundle.bad_data', { file, detail: error instanceof Error ? error.message : String(error) }, { file });
    }
  }
  return { file, wasm, ...(data === undefined ? {} : { data }) };
}

/** The regular files of a ustar archive by path (pax `path` records honoured). */
export function readTar(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const text = (start: number, length: number) => {
    const slice = bytes.subarray(start, start + length);
    const end = slice.indexOf(0);
    return new TextDecoder().decode(end === -1 ? slice : slice.subarray(0, end));
  };
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + 512 <= bytes.length) {
    if (bytes.subarray(offset, offset + 512).every((b) => b === 0)) break;
    const name = text(offset, 100);
    const sizeText = text(offset + 124, 12).trim();
    const size = sizeText === '' ? 0 : parseInt(sizeText, 8);
    const type = String.fromCharCode(bytes[offset + 156] || 0x30);
    const prefix = text(offset + 345, 155);
    if (!Number.isFinite(size) || size < 0 || offset + 512 + size > bytes.length) {
      throw new UserError('bundle.bad_archive', { file, detail: `bad tar entry ${JSON.stringify(name)}` }, { file });
    }
    const body = bytes.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') {
      const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(new TextDecoder().decode(body));
      paxPath = match?.[1];
    } else {
      if (type === '0' || type === '\0') out.set(paxPath ?? (prefix ? `${prefix}/${name}` : name), body);
      paxPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}
