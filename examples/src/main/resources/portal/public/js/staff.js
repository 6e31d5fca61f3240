// The staff page: today's appointments with attendance, free slots and insights, per unit.
'use strict';
(() => {
  const { t, el, api, explain, say, when, time, date, percent } = App;
  let unitId = null;
  // The SDK lists a unit's unmarked and upcoming appointments; those marked in this session stay
  // on the list with their new status, so staff see what they recorded.
  const marked = new Map();
  let flash = null;
  let page;

  function statusRegion() {
    const region = el('p', { class: 'status', id: 'status', role: 'status', tabindex: '-1' });
    if (flash) { region.className = 'status ' + flash.kind; region.textContent = flash.text; flash = null; }
    return region;
  }

  function unitPicker(me) {
    if (!unitId || !me.units.some((u) => u.id === unitId)) unitId = me.units[0].id;
    if (me.units.length === 1) return el('p', { class: 'meta' }, t('staff.unit'), ': ', me.units[0].name);
    const select = el('select', { id: 'unit', onchange: () => { unitId = select.value; page.redraw(); } },
      me.units.map((u) => el('option', { value: u.id, selected: u.id === unitId }, u.name)));
    return [el('label', { for: 'unit' }, t('staff.unit')), select];
  }

  function modeText(mode) { return t('mode.' + mode.code, { address: mode.address || '' }); }

  async function today(main, me) {
    const picker = unitPicker(me);
    const data = await api('GET', `/api/units/${unitId}/today`);
    const status = statusRegion();
    const listed = new Set(data.appointments.map((a) => a.id));
    const rows = [...data.appointments,
      ...[...marked.values()].filter((a) => a.unit === unitId && !listed.has(a.id))]
      .sort((x, y) => new Date(x.start) - new Date(y.start));
    App.fill(main, 
      el('h1', {}, t('today.title')),
      picker,
      status,
      rows.length === 0 ? el('p', {}, t('today.none')) :
        el('ul', { class: 'list', id: 'today' }, rows.map((a) => el('li', { class: 'card', 'data-appointment': a.id },
          el('h2', { class: 'when' }, time(a.start), '–', time(a.end), ' ', a.citizenName),
          el('p', { class: 'meta' }, date(a.start), ' · ', t('type.' + a.type), ' · ', modeText(a.mode)),
          el('p', { class: 'meta' }, a.participants.map((p) => p.name).join(', ')),
          el('p', {}, el('span', { class: 'pill' }, t('status.' + a.status))),
          a.mayMark ? el('div', { class: 'actions' },
            ['ATTENDED', 'NO_SHOW'].map((s) => el('button', { type: 'button', class: s === 'ATTENDED' ? 'primary mark-attended' : 'mark-no-show',
              'aria-label': (s === 'ATTENDED' ? t('today.attended') : t('today.noShow')) + ': ' + a.citizenName + ' ' + time(a.start),
              onclick: async () => {
                try {
                  const done = await api('POST', `/api/appointments/${a.id}/attendance`, { version: a.version, status: s });
                  marked.set(a.id, { ...a, unit: unitId, status: done.status, version: done.version, mayMark: false });
                  flash = { kind: 'ok', text: t('today.done.' + s, { name: a.citizenName }) };
                  await page.redraw();
                  document.getElementById('status').focus();
                } catch (e) { say(status, 'error', explain(e)); }
              } }, s === 'ATTENDED' ? t('today.attended') : t('today.noShow'))))
            : el('p', { class: 'meta' }, t('today.notStarted'))))));
  }

  async function slots(main, me) {
    const picker = unitPicker(me);
    const unit = me.units.find((u) => u.id === unitId);
    const list = await api('GET', `/api/units/${unitId}/free-slots`);
    const status = statusRegion();
    const type = el('select', { id: 'slot-type' }, unit.types.map((ty) => el('option', { value: ty }, t('type.' + ty))));
    const start = el('input', { id: 'slot-start', type: 'datetime-local', required: true });
    const minutes = el('input', { id: 'slot-minutes', type: 'number', min: '10', max: '480', value: '60', required: true });
    const mode = el('select', { id: 'slot-mode' }, ['in_person', 'phone'].map((m) => el('option', { value: m }, t('mode.' + m, { address: '' }).replace(/:\s*$/, ''))));
    const address = el('input', { id: 'slot-address', type: 'text' });
    const form = el('form', {},
      el('label', { for: 'slot-type' }, t('slots.type')), type,
      el('label', { for: 'slot-start' }, t('slots.start')), start,
      el('label', { for: 'slot-minutes' }, t('slots.minutes')), minutes,
      el('label', { for: 'slot-mode' }, t('slots.mode')), mode,
      el('label', { for: 'slot-address' }, t('slots.address')), address,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('slots.publishButton'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', `/api/units/${unitId}/free-slots`, { type: type.value, start: start.value,
          minutes: Number(minutes.value), mode: mode.value, address: address.value.trim() || null });
        flash = { kind: 'ok', text: t('slots.published') };
        await page.redraw();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    App.fill(main, 
      el('h1', {}, t('slots.title')),
      picker,
      status,
      list.length === 0 ? el('p', {}, t('slots.none')) :
        el('ul', { class: 'list', id: 'slots' }, list.map((s) => el('li', { class: 'card' },
          el('p', { class: 'when' }, when(s.start)),
          el('p', { class: 'meta' }, t('type.' + s.type), ' · ', modeText(s.mode),
            s.staffMember ? [' · ', t('slots.with', { name: s.staffMember })] : null),
          el('div', { class: 'actions' }, el('button', { type: 'button',
            'aria-label': t('slots.withdraw') + ': ' + when(s.start),
            onclick: async () => {
              try {
                await api('DELETE', `/api/free-slots/${s.id}`);
                flash = { kind: 'ok', text: t('slots.withdrawn') };
                await page.redraw();
              } catch (e) { say(status, 'error', explain(e)); }
            } }, t('slots.withdraw')))))),
      el('h2', {}, t('slots.publish')),
      form);
  }

  async function insights(main, me) {
    const picker = unitPicker(me);
    const i = await api('GET', `/api/units/${unitId}/insights`);
    const last = new Date(new Date(i.to).getTime() - 1).toISOString();
    const figure = (key, value) => el('div', {}, el('dt', {}, t(key)), el('dd', {}, value));
    App.fill(main, 
      el('h1', {}, t('insights.title')),
      picker,
      el('p', {}, t('insights.period', { from: date(i.from), to: date(last) })),
      el('dl', { class: 'figures', id: 'figures' },
        figure('insights.appointments', i.appointments),
        figure('insights.attended', i.attended),
        figure('insights.noShows', i.noShows),
        figure('insights.noShowRate', percent(i.noShowRate)),
        figure('insights.cancellations', i.cancellations),
        figure('insights.rebooked', i.rebooked),
        figure('insights.withReminder', percent(i.noShowRateWithReminder)),
        figure('insights.withoutReminder', percent(i.noShowRateWithoutReminder))));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    page = await App.frame({ today, slots, insights });
  });
})();
