/**
 * When the page read the chosen file, as it shows beside the file name: "21:34:05, 30/11/2026" in the
 * machine's local time, day/month/year as everywhere in the product (issue 11 point 2).
 */
export function readTimeText(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}, ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}
