// Light or dark: the system's choice (prefers-color-scheme) until the reader picks one with the
// toggle; the choice is kept in localStorage. The CSS does the rest through `color-scheme` and
// light-dark() colours. The button says what it does ("Dark theme" in the light one, "Light
// theme" in the dark one), so its label is never stale.
const KEY = 'newslens-theme';

export function initThemeToggle(button) {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  let stored = null;
  try { stored = localStorage.getItem(KEY); } catch { /* storage may be disabled */ }
  const apply = (theme) => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
    const dark = theme ? theme === 'dark' : media.matches;
    button.dataset.theme = dark ? 'dark' : 'light';
    button.textContent = dark ? 'Light theme' : 'Dark theme';
  };
  apply(stored);
  media.addEventListener('change', () => apply(root.dataset.theme ?? null));
  button.addEventListener('click', () => {
    const theme = button.dataset.theme === 'dark' ? 'light' : 'dark';
    apply(theme);
    try { localStorage.setItem(KEY, theme); } catch { /* the choice lasts this visit only */ }
  });
}
