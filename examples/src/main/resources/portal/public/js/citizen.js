// The citizen's page. Each section is one renderer; the server lists which sections this person has.
'use strict';
(() => {
  const { t, el, api, explain, say, when } = App;
  const REASONS = ['ILLNESS', 'HOSPITALISED', 'TRANSPORT', 'WORK_OR_EDUCATION', 'FAMILY', 'NO_LONGER_NEEDED', 'OTHER'];
  let flash = null; // a message to show after a redraw, {kind, text}
  let page;

  function statusRegion() {
    const region = el('p', { class: 'status', id: 'status', role: 'status', tabindex: '-1' });
    if (flash) { region.className = 'status ' + flash.kind; region.textContent = flash.text; flash = null; }
    return region;
  }

  function modeText(mode) {
    return t('mode.' + mode.code, { address: mode.address || '' });
  }

  function appointmentCard(a, isNext, status) {
    const names = a.participants.map((p) => p.title ? `${p.name} (${p.title})` : p.name).join(', ');
    const panel = el('div', { id: 'panel-' + a.id });
    const card = el(isNext ? 'section' : 'li', { class: 'card' + (isNext ? ' next' : ''), 'data-appointment': a.id,
      'aria-labelledby': isNext ? 'next-heading' : null },
      isNext ? el('h2', { id: 'next-heading' }, t('plan.next')) : null,
      el('p', { class: 'when' }, when(a.start)),
      el('p', { class: 'meta' }, t('type.' + a.type), ' · ', a.unitName),
      el('p', { class: 'meta' }, modeText(a.mode)),
      names ? el('p', { class: 'meta' }, t('plan.with', { names })) : null,
      a.mayMove || a.mayCancel
        ? el('p', { class: 'meta' }, t('plan.changeUntil', { when: when(a.changeDeadline) }))
        : el('p', { class: 'note' }, t('plan.callUnit', { unit: a.unitName })),
      el('div', { class: 'actions' },
        a.mayMove ? el('button', { type: 'button', class: 'move', 'aria-expanded': 'false',
          'aria-controls': 'panel-' + a.id, onclick: (e) => openMove(a, panel, e.currentTarget, status) }, t('move')) : null,
        a.mayCancel ? el('button', { type: 'button', class: 'cancel', 'aria-expanded': 'false',
          'aria-controls': 'panel-' + a.id, onclick: (e) => openCancel(a, panel, e.currentTarget, status) }, t('cancel')) : null),
      panel);
    return card;
  }

  async function openMove(a, panel, button, status) {
    button.setAttribute('aria-expanded', 'true');
    let slots;
    try { slots = await api('GET', `/api/appointments/${a.id}/free-slots`); } catch (e) { say(status, 'error', explain(e)); return; }
    if (slots.length === 0) { panel.replaceChildren(el('p', { class: 'note' }, t('move.none', { unit: a.unitName }))); return; }
    const form = el('form', { class: 'move-form' },
      el('fieldset', {}, el('legend', {}, t('move.choose')),
        slots.map((s, i) => el('label', { class: 'choice' },
          el('input', { type: 'radio', name: 'slot-' + a.id, value: s.id, checked: i === 0 }),
          when(s.start), ' · ', modeText(s.mode)))),
      el('div', { class: 'actions' },
        el('button', { type: 'submit', class: 'primary' }, t('move.confirm')),
        el('button', { type: 'button', onclick: () => { panel.replaceChildren(); button.setAttribute('aria-expanded', 'false'); button.focus(); } }, t('close'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const chosen = form.querySelector('input[type=radio]:checked');
      try {
        const moved = await api('POST', `/api/appointments/${a.id}/move`, { version: a.version, slot: chosen.value });
        flash = { kind: 'ok', text: t('move.done', { when: when(moved.start) }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    panel.replaceChildren(form);
    form.querySelector('input').focus();
  }

  function openCancel(a, panel, button, status) {
    button.setAttribute('aria-expanded', 'true');
    const text = el('textarea', { id: 'reason-text-' + a.id, rows: '3', maxlength: '500' });
    const textLabel = el('label', { for: 'reason-text-' + a.id }, t('cancel.text'));
    const reason = el('select', { id: 'reason-' + a.id, onchange: () => {
      textLabel.textContent = reason.value === 'OTHER' ? t('cancel.textRequired') : t('cancel.text');
      text.required = reason.value === 'OTHER';
    } }, REASONS.map((r) => el('option', { value: r }, t('reason.' + r))));
    const form = el('form', { class: 'cancel-form' },
      el('label', { for: 'reason-' + a.id }, t('cancel.reason')), reason,
      textLabel, text,
      el('div', { class: 'actions' },
        el('button', { type: 'submit', class: 'primary' }, t('cancel.confirm')),
        el('button', { type: 'button', onclick: () => { panel.replaceChildren(); button.setAttribute('aria-expanded', 'false'); button.focus(); } }, t('close'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', `/api/appointments/${a.id}/cancel`,
          { version: a.version, reason: reason.value, text: text.value.trim() || null });
        flash = { kind: 'ok', text: t('cancel.done', { when: when(a.start) }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    panel.replaceChildren(form);
    reason.focus();
  }

  function courseCard(c, status) {
    const kind = el('select', { id: 'pref-kind-' + c.id },
      ['PREFERRED_TIME', 'WHAT_MATTERS', 'OTHER'].map((k) => el('option', { value: k }, t('pref.' + k))));
    const text = el('textarea', { id: 'pref-text-' + c.id, rows: '3', maxlength: '1000', required: true });
    const form = el('form', {},
      el('h4', { class: 'visually-hidden' }, t('pref.title')),
      el('label', { for: 'pref-kind-' + c.id }, t('pref.kind')), kind,
      el('label', { for: 'pref-text-' + c.id }, t('pref.text')), text,
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('pref.save'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', `/api/courses/${c.id}/preferences`, { kind: kind.value, text: text.value });
        flash = { kind: 'ok', text: t('pref.done') };
        await page.redraw();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    return el('li', { class: 'card' },
      el('h3', {}, c.template, ' ', el('span', { class: 'pill' }, t('course.state.' + c.state))),
      el('p', { class: 'meta' }, c.unitName),
      c.planItems.length ? el('dl', {}, c.planItems.map((i) => [el('dt', {}, t('item.' + i.kind)), el('dd', {}, i.text)])) : null,
      c.preferences.length ? [el('p', {}, el('strong', {}, t('pref.mine'))),
        el('ul', {}, c.preferences.map((p) => el('li', {}, t('pref.' + p.kind), ': ', p.text)))] : null,
      el('details', {}, el('summary', {}, t('pref.title')), form));
  }

  async function plan(main, me) {
    const o = await api('GET', `/api/citizens/${me.id}/overview`);
    const status = statusRegion();
    const rest = o.upcoming.slice(1);
    App.fill(main, 
      el('h1', {}, t('section.plan')),
      status,
      o.next ? appointmentCard(o.next, true, status) : el('p', {}, t('plan.none')),
      rest.length ? [el('h2', {}, t('plan.upcoming')),
        el('ul', { class: 'list', id: 'upcoming' }, rest.map((a) => appointmentCard(a, false, status)))] : null,
      el('h2', {}, t('plan.courses')),
      el('ul', { class: 'list' }, o.courses.map((c) => courseCard(c, status))));
    badge(o.unreadNotifications);
  }

  function badge(n) {
    const b = document.getElementById('badge-notifications');
    if (!b) return;
    b.className = n ? 'badge' : '';
    b.textContent = n ? String(n) : '';
    b.setAttribute('aria-label', n ? t('notif.unreadCount', { n }) : '');
    if (!n) b.removeAttribute('aria-label');
  }

  async function notifications(main, me) {
    const data = await api('GET', `/api/citizens/${me.id}/notifications`);
    const status = statusRegion();
    App.fill(main, 
      el('h1', {}, t('notif.title')),
      status,
      data.notifications.length === 0 ? el('p', {}, t('notif.none')) :
        el('ul', { class: 'list' }, data.notifications.map((n) => el('li', { class: 'card' },
          el('h2', {}, n.subject, ' ', n.read ? null : el('span', { class: 'pill' }, t('notif.unread'))),
          el('p', { class: 'meta' }, when(n.createdAt)),
          el('p', { style: 'white-space: pre-line' }, n.body),
          n.read ? null : el('div', { class: 'actions' }, el('button', { type: 'button', onclick: async () => {
            try { await api('POST', `/api/citizens/${me.id}/notifications/${n.id}/read`); await page.redraw(); }
            catch (e) { say(status, 'error', explain(e)); }
          } }, t('notif.markRead')))))));
    badge(data.unread);
  }

  async function settings(main, me) {
    const p = await api('GET', `/api/citizens/${me.id}/contact-preferences`);
    const status = statusRegion();
    const all = [...p.channels, ...['SMS', 'EMAIL', 'IN_APP'].filter((c) => !p.channels.includes(c))];
    const boxes = all.map((c) => el('label', { class: 'choice' },
      el('input', { type: 'checkbox', name: 'channel', value: c, checked: p.channels.includes(c) }), t('channel.' + c)));
    const phone = el('input', { id: 'phone', type: 'tel', autocomplete: 'tel', value: p.phone || '' });
    const email = el('input', { id: 'email', type: 'email', autocomplete: 'email', value: p.email || '' });
    const from = el('input', { id: 'quiet-from', type: 'time', value: p.quietHours.from });
    const to = el('input', { id: 'quiet-to', type: 'time', value: p.quietHours.to });
    const form = el('form', {},
      el('fieldset', {}, el('legend', {}, t('settings.channels')), boxes),
      el('label', { for: 'phone' }, t('settings.phone')), phone,
      el('label', { for: 'email' }, t('settings.email')), email,
      el('fieldset', {}, el('legend', {}, t('settings.quiet')),
        el('label', { for: 'quiet-from' }, t('settings.quietFrom')), from,
        el('label', { for: 'quiet-to' }, t('settings.quietTo')), to),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('settings.save'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const channels = [...form.querySelectorAll('input[name=channel]:checked')].map((b) => b.value);
      try {
        await api('PUT', `/api/citizens/${me.id}/contact-preferences`, {
          channels, phone: phone.value.trim() || null, email: email.value.trim() || null,
          quietHours: { from: from.value, to: to.value }, optedOut: p.optedOut, version: p.version });
        flash = { kind: 'ok', text: t('settings.done') };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    App.fill(main, el('h1', {}, t('settings.title')), status, form);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    page = await App.frame({ plan, notifications, settings });
  });
})();
