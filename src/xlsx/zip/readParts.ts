/** Which parts of an .xlsx the check reads, by name: the guard inflates these and no others. */

/** Parts the reader never looks at, some of them large (pivot caches, drawings, media). Threaded comments are read (a unit may be written only there). */
const NOT_READ =
  /(^|\/)(drawings|charts|chartsheets|pivotcache|pivottables|media|externallinks|theme|customxml|printersettings|embeddings|activex|ctrlprops|diagrams|slicers|slicercaches|persons|webextensions|vbaproject)(\/|\.)/;

/** A part name as a zip may spell it, in the form parts are compared: slashes, no leading slash, lower case. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/**
 * The parts of an .xlsx the reader may look at: the guard keeps these inflated. Any XML part outside
 * the folders above, since a worksheet may live anywhere when another program wrote the file.
 */
export function isReadPart(name: string): boolean {
  const n = partKey(name);
  return (n.endsWith('.xml') || n.endsWith('.rels')) && !NOT_READ.test(n);
}
