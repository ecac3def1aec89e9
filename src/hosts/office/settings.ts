/** The user's detection overrides, kept with the workbook in its settings. */
import type { Overrides } from '../../core/tables';

export const OVERRIDES_SETTING = 'cchc.overrides';

export async function loadOverrides(): Promise<Overrides> {
  return Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(OVERRIDES_SETTING).load('value');
    await context.sync();
    if (item.isNullObject) return {};
    let v: unknown = item.value;
    // Some hosts hand back the JSON text rather than the object.
    if (typeof v === 'string') {
      try {
        v = JSON.parse(v);
      } catch {
        return {};
      }
    }
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Overrides) : {};
  });
}

export async function saveOverrides(overrides: Overrides): Promise<void> {
  await Excel.run(async (context) => {
    // add() replaces a setting of the same key.
    context.workbook.settings.add(OVERRIDES_SETTING, JSON.parse(JSON.stringify(overrides)));
    await context.sync();
  });
}
