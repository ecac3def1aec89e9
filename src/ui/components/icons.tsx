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
