// "Add to my expo bag": the visitor's favourite booths, kept with their session (guest or account).

import { addFavourite, getFavourites, removeFavourite } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { onSessionChange } from '../session.js';

let bag = null; // the visitor's bag as last read or changed, shared by every toggle on the page

/** The booth ids in the visitor's bag (read once per page load, then kept up to date by the toggles). */
export async function loadBag() {
  bag ??= getFavourites().catch(() => {
    bag = null;
    return [];
  });
  return bag;
}

// Another visitor, another bag.
onSessionChange(() => {
  bag = null;
});

/**
 * A toggle button for one booth. It never disables itself, so keyboard focus stays on it while the change is stored;
 * `onChange(ids)` hears the new bag.
 */
export function bagToggle(boothId, name, { onChange, onError } = {}) {
  let inBag = false;
  const button = el('button', { type: 'button', class: 'button bag-toggle', 'data-favourite': boothId, 'aria-pressed': 'false' });
  const label = () => t(inBag ? 'directory.unfavourite' : 'directory.favourite', { name: name() });
  bindText(button, label);
  const show = (ids) => {
    inBag = ids.includes(boothId);
    button.setAttribute('aria-pressed', String(inBag));
    button.textContent = label();
  };
  loadBag().then(show);
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    try {
      const ids = await (inBag ? removeFavourite(boothId, newId()) : addFavourite(boothId, newId()));
      bag = Promise.resolve(ids);
      show(ids);
      onChange?.(ids);
    } catch (err) {
      onError?.(err);
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
  return button;
}
