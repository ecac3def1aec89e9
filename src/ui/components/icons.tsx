/**
 * The few 16 px icons the pane uses, drawn inline: the icon package is not a direct dependency,
 * and four paths are cheaper than its bundle. Decorative: screen readers read the button's text.
 */
const box = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, 'aria-hidden': true } as const;

export function CheckIcon() {
  return (
    <svg {...box} strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 8.5l3 3 7-7" />
    </svg>
  );
}

export function CrossIcon() {
  return (
    <svg {...box} strokeLinecap="round">
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

export function PinIcon() {
  return (
    <svg {...box} strokeLinejoin="round" strokeLinecap="round">
      <path d="M9.5 2l4.5 4.5-2 .5-2.5 2.5-.5 3L4 7.5l3-.5L9.5 4.5z" />
      <path d="M6.5 9.5L2.5 13.5" />
    </svg>
  );
}

export function DismissIcon() {
  return (
    <svg {...box} strokeLinecap="round" strokeWidth={1.4}>
      <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
    </svg>
  );
}

/** A severity by shape as well as colour (grayscale, colour-blind): a cross in a circle, a "!" in a triangle, an "i" in a circle. */
export function SeverityIcon({ severity }: { severity: 'error' | 'warning' | 'info' }) {
  if (severity === 'error') {
    return (
      <svg {...box} strokeLinecap="round" strokeWidth={1.4}>
        <circle cx="8" cy="8" r="6.3" />
        <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg {...box} strokeLinecap="round" strokeLinejoin="round" strokeWidth={1.4}>
        <path d="M8 2L14.5 13.5h-13z" />
        <path d="M8 6.5v3.2M8 11.6v.1" />
      </svg>
    );
  }
  return (
    <svg {...box} strokeLinecap="round" strokeWidth={1.4}>
      <circle cx="8" cy="8" r="6.3" />
      <path d="M8 7.3v4M8 4.9v.1" />
    </svg>
  );
}
