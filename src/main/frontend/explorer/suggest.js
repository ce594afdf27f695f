// Suggestions as you type, for any entity-name input: debounced, cancellable, keyboard-usable
// (arrow keys move, Enter chooses, Escape closes), following the WAI-ARIA combobox pattern.
import { graphql } from './api.js';
import { el, replaceChildren } from './dom.js';
import { ENTITY_LABELS, entityType } from './ontology.js';
import { SUGGEST } from './queries.js';

const DEBOUNCE_MS = 200;
let listCount = 0;

export function attachSuggestions(input, { onChoose, limit = 8 }) {
  const list = el('ul', { class: 'suggestions', role: 'listbox', id: `suggestions-${++listCount}`, hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');

  let items = [];
  let active = -1;
  let timer = null;
  let inFlight = null;

  const close = () => {
    // A lookup still on its way must not reopen the list after the user has moved on.
    clearTimeout(timer);
    inFlight?.abort();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  };

  const choose = (entity) => {
    input.value = entity.name;
    close();
    onChoose(entity);
  };

  const render = (entities) => {
    items = entities;
    replaceChildren(list, entities.map((entity, i) => el('li', {
      id: `${list.id}-${i}`,
      role: 'option',
      'aria-selected': 'false',
      onmousedown: (event) => { event.preventDefault(); choose(entity); },
    },
    el('span', { class: `swatch type-${entityType(entity.type)}` }),
    el('span', { class: 'suggestion-name' }, entity.name),
    el('span', { class: 'suggestion-type' }, ENTITY_LABELS[entityType(entity.type)]),
    entity.aliases?.length ? el('span', { class: 'suggestion-aliases' }, entity.aliases.join('、')) : null)));
    if (entities.length === 0) {
      replaceChildren(list, el('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, '没有匹配的实体 · no match'));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const lookUp = async (text) => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const data = await graphql(SUGGEST, { text, first: limit }, { signal: controller.signal });
      if (controller.signal.aborted || input.value.trim() !== text) return;
      render((data.search?.edges ?? []).map((e) => e.node));
    } catch (error) {
      if (error.name !== 'AbortError') render([]);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length === 0) { close(); return; }
    timer = setTimeout(() => lookUp(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && items.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight((active - 1 + items.length) % items.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      // Without a highlighted suggestion Enter submits the form with the typed name or alias.
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }, 100));
  return { close };
}
