/**
 * Moves focus to the page's main heading (or, before it renders, to <main>) after a step
 * that replaced the whole page, such as signing in: focus would otherwise stay on a control
 * that no longer exists, and screen readers would announce nothing.
 */
export function focusMainHeading(): void {
  const main = document.getElementById('main');
  const heading = main?.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  } else {
    main?.focus();
  }
}
