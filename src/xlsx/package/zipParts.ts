/** A package's parts to and from zips: the user's parts as the guard found them, and the copy written canonically. */
import { decodePart, type GuardResult } from '../zip/guard';
import { crc32 } from '../zip/crc32';
import { writeZip, type ZipOut } from '../zip/write';
import type { PackagePart } from './addSheet';

/** The guarded file's parts, in its order: each copied as stored unless changed, inflated (within the guard's budget) when read. */
export function partsOfGuard(guard: GuardResult): PackagePart[] {
  return guard.zipParts.map((z) => ({ name: z.name, stored: z, load: () => guard.inflate(z.name) }));
}

/**
 * The zip of the parts: changed and new parts deflated, the others copied as the user's zip stored
 * them (the same compressed bytes, CRC and size). `inflateAll` instead stores every part inflated
 * (through `load`, so within the guard's budget): for a library that must not meet the user's own
 * compressed streams.
 */
export function zipOfParts(parts: PackagePart[], inflateAll = false): Uint8Array {
  const entries: ZipOut[] = parts.map((p) => {
    if (p.data) return { name: p.name, data: p.data };
    if (inflateAll || !p.stored) {
      const data = p.load ? p.load() : new Uint8Array(0);
      return inflateAll ? { name: p.name, raw: data, method: 0, crc: crc32(data), size: data.length } : { name: p.name, data };
    }
    return { name: p.name, raw: p.stored.raw, method: p.stored.method, crc: p.stored.crc, size: p.stored.size };
  });
  return writeZip(entries);
}

/**
 * The extension the zip of `parts` must carry for Excel to open it: 'xlsm' when [Content_Types].xml types
 * the workbook (or a template, whose copy addReportSheet types as a workbook) as macro-enabled (Excel refuses such a package named .xlsx), else 'xlsx'. Only the types part
 * is read (it is small); a package without one is 'xlsx'.
 */
export function packageExtension(parts: readonly PackagePart[]): 'xlsx' | 'xlsm' {
  const types = parts.find((p) => p.name.replace(/^\//, '').toLowerCase() === '[content_types].xml');
  const bytes = types ? (types.data ?? types.load?.()) : undefined;
  return bytes && /macroEnabled\.main\+xml/.test(decodePart(bytes)) ? 'xlsm' : 'xlsx';
}
