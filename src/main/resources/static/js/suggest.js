// Suggestions under the search box while typing: titles and entity names from /api/suggest.
// Progressive enhancement: without this script the form submits as usual.
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) { return; }
  var form = input.form;
  var list = document.createElement('ul');
  list.id = 'suggestions';
  list.className = 'suggest-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  var options = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function heading(text) {
    var li = document.createElement('li');
    li.className = 'suggest-heading';
    li.setAttribute('role', 'presentation');
    li.textContent = text;
    list.appendChild(li);
  }

  function option(label, kind, url) {
    var li = document.createElement('li');
    li.className = 'suggest-option';
    li.id = 'suggestion-' + options.length;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    var name = document.createElement('span');
    name.textContent = label;
    li.appendChild(name);
    if (kind) {
      var small = document.createElement('span');
      small.className = 'suggest-kind';
      small.textContent = kind;
      li.appendChild(small);
    }
    li.addEventListener('mousedown', function (event) {
      event.preventDefault();
      window.location.href = url;
    });
    options.push({ element: li, url: url });
    list.appendChild(li);
  }

  function render(data) {
    list.textContent = '';
    options = [];
    active = -1;
    if (data.entities && data.entities.length) {
      heading('Filter by');
      data.entities.forEach(function (e) { option(e.value, e.label + ' · ' + e.count, e.url); });
    }
    if (data.titles && data.titles.length) {
      heading('Articles');
      data.titles.forEach(function (t) { option(t.title, '', t.url); });
    }
    if (options.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } else {
      close();
    }
  }

  function move(step) {
    if (!options.length) { return; }
    if (active >= 0) { options[active].element.setAttribute('aria-selected', 'false'); }
    active = (active + step + options.length) % options.length;
    options[active].element.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].element.id);
    options[active].element.scrollIntoView({ block: 'nearest' });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = setTimeout(function () {
      var request = ++latest;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data && request === latest && document.activeElement === input) { render(data); } })
        .catch(function () { close(); });
    }, 150);
  });

  input.addEventListener('keydown', function (event) {
    if (list.hidden) { return; }
    if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
    else if (event.key === 'Escape') { close(); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); window.location.href = options[active].url; }
  });
  input.addEventListener('blur', function () { setTimeout(close, 100); });
  if (form) { form.addEventListener('submit', close); }
})();
