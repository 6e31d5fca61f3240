// The demo sign-in: a person picker that stands in for MitID.
'use strict';
(() => {
  const { t, el, api, explain } = App;
  let people = [];

  function draw() {
    const main = document.getElementById('main');
    document.getElementById('lang-toggle').textContent = t('lang.toggle');
    document.getElementById('lang-toggle').lang = App.lang() === 'da' ? 'en' : 'da';
    const level = el('select', { id: 'level' },
      ['SUBSTANTIAL', 'HIGH', 'LOW'].map((l) => el('option', { value: l }, t('level.' + l))));
    const status = el('p', { class: 'status', role: 'alert', tabindex: '-1', id: 'status' });
    const group = (kind, title) => el('section', { 'aria-labelledby': 'h-' + kind },
      el('h2', { id: 'h-' + kind }, title),
      el('ul', { class: 'list people' }, people.filter((p) => p.kind === kind).map((p) =>
        el('li', { class: 'card' },
          el('h3', {}, p.name),
          el('p', { class: 'meta' }, App.lang() === 'en' ? p.roleEn : p.role),
          el('p', { class: 'meta' }, p.municipality),
          el('button', { type: 'button', class: 'primary', id: 'sign-in-' + p.key,
            'aria-label': t('signin.as', { name: p.name }),
            onclick: async () => {
              try {
                await api('POST', '/api/demo/sign-in', { person: p.key, level: level.value });
                location.href = p.kind === 'STAFF' ? '/staff.html' : '/citizen.html';
              } catch (e) { App.say(status, 'error', explain(e)); }
            } }, t('signin.as', { name: p.name.split(' ')[0] }))))));
    App.fill(main, 
      el('h1', {}, t('signin.title')),
      el('p', {}, t('signin.intro')),
      status,
      el('label', { for: 'level' }, t('signin.level')), level,
      group('CITIZEN', t('signin.citizens')),
      group('RELATIVE', t('signin.relatives')),
      group('STAFF', t('signin.staff')));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    document.documentElement.lang = App.lang();
    document.getElementById('lang-toggle').addEventListener('click', () =>
      App.setLang(App.lang() === 'da' ? 'en' : 'da'));
    App.onLangChange(draw);
    App.translateStatic();
    people = await api('GET', '/api/demo/people');
    draw();
  });
})();
