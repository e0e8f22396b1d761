// "Ihre Kommune" autocomplete on /profil: a WAI-ARIA 1.2 combobox (list autocomplete) over
// GET /api/v1/municipalities. Without this script the same input is a plain GET search with a result list.
// Picking a suggestion fills the profile form (name, AGS, Kreis, Gemeindeverband, Einwohnerzahl, Land, Art); every
// field stays editable. No inline script or handlers: the page's CSP allows only script files from this host.
(() => {
  'use strict';
  const input = document.getElementById('kommune');
  const list = document.getElementById('kommune-vorschlaege');
  const status = document.getElementById('kommune-status');
  if (!input || !list || !status || !window.fetch) {
    return;
  }

  const api = input.getAttribute('data-api');
  const levels = ['gemeinde', 'gemeindeverband', 'kreis'];
  let items = [];
  let active = -1;
  let timer = 0;
  let request = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  const number = n => new Intl.NumberFormat('de-DE').format(n);
  const describe = m => [m.kindLabel, m.level !== 'kreis' && m.kreis ? m.kreis.name : null, m.state,
    m.population != null ? number(m.population) + ' Einwohner' : null, m.plz ? 'PLZ ' + m.plz : null].filter(Boolean).join(', ');

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    const options = list.querySelectorAll('[role=option]');
    options.forEach((o, i) => o.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    active = index;
    if (index >= 0 && options[index]) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function render(matches, total) {
    items = matches;
    list.replaceChildren(...matches.map((m, i) => {
      const li = document.createElement('li');
      li.id = 'kommune-vorschlag-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = m.name;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = describe(m);
      li.append(name, ' ', meta);
      li.addEventListener('mousedown', e => e.preventDefault());
      li.addEventListener('click', () => choose(i));
      return li;
    }));
    if (matches.length === 0) {
      close();
      status.textContent = 'Keine Kommune gefunden.';
      return;
    }

    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
    status.textContent = (total > matches.length ? `${total} Treffer, die ersten ${matches.length} werden gezeigt.` : `${matches.length} Treffer.`)
      + ' Mit Pfeil nach unten auswählen, Eingabetaste übernimmt.';
  }

  async function suggest() {
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      status.textContent = '';
      return;
    }

    const mine = ++request;
    const url = api + '?q=' + encodeURIComponent(text) + levels.map(l => '&level=' + l).join('') + '&pageSize=8';
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok || mine !== request) {
        return;
      }

      const body = await response.json();
      if (mine === request) {
        render(body.items, body.total);
      }
    } catch {
      status.textContent = 'Vorschläge sind gerade nicht verfügbar. Mit „Kommune suchen“ geht es auch ohne.';
    }
  }

  function set(id, value) {
    const field = document.getElementById(id);
    if (field) {
      field.value = value == null ? '' : String(value);
    }
  }

  function choose(index) {
    const m = items[index];
    if (!m) {
      return;
    }

    set('Input_Name', m.name);
    set('Input_Ags', m.level === 'kreis' ? m.key + '000' : m.ags);
    set('Input_KreisName', m.level === 'kreis' ? m.name : m.kreis ? m.kreis.name : '');
    set('Input_GemeindeverbandName', m.level === 'gemeindeverband' ? m.name : m.gemeindeverband ? m.gemeindeverband.name : '');
    set('Input_GemeindeverbandArs', m.level === 'gemeindeverband' ? m.key : '');
    set('Input_Population', m.population);
    set('Input_State', m.state);
    const kind = document.querySelector(`input[name="Input.Kind"][value="${m.profileKind}"]`);
    if (kind) {
      kind.checked = true;
    }

    input.value = m.name;
    close();
    status.textContent = `Übernommen: ${m.name} (${m.kindLabel}). Die Angaben unten sind ausgefüllt und änderbar.`;
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 200);
  });

  input.addEventListener('keydown', e => {
    const open = !list.hidden && items.length > 0;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (open) {
          highlight((active + 1) % items.length);
        } else {
          suggest();
        }
        break;
      case 'ArrowUp':
        if (open) {
          e.preventDefault();
          highlight(active <= 0 ? items.length - 1 : active - 1);
        }
        break;
      case 'Enter':
        if (open && active >= 0) {
          e.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          close();
        } else {
          input.value = '';
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', () => window.setTimeout(close, 150));
})();
