/**
 * A ref callback that moves focus to the element when it appears: a status that replaces the
 * control just used (the confirm button is gone once a booking is made) would otherwise leave
 * focus on the page's body. The element needs tabIndex={-1}.
 */
export function focusOnShow(element: HTMLElement | null): void {
  element?.focus();
}
