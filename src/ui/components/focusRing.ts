/** The one keyboard focus ring of the pane's and the page's own controls (issue 11 §6). */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * A 2 px ring in Fluent's focus colour, drawn on keyboard focus only (`:focus-visible`), for the
 * controls Fluent gives none: its Link marks focus by a double underline only, and our plain buttons
 * (the issue lines) would get the browser's own. Spread it into a makeStyles slot.
 * `offset`: CSS length from the box's edge; negative draws it inside, for a box as wide as its list
 * (an issue line), where an outer ring would be cut off.
 */
export function focusRing(offset = '1px'): GriffelStyle {
  return {
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: '2px',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: offset,
      borderRadius: tokens.borderRadiusSmall,
    },
  };
}
