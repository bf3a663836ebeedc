// Re-rendering replaces elements; keepFocus gives focus back to the element with the same
// data-key afterwards, so a refresh (a live event, a toggle) does not throw keyboard users out.
export function keepFocus(scope, redraw) {
  const key = scope.contains(document.activeElement) ? document.activeElement.dataset?.key : undefined;
  const result = redraw();
  if (key) scope.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
  return result;
}
