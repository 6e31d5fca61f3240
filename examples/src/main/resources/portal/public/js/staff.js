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
  let openThread = null; // the inbox thread being read, kept across redraws
  let openFrom = 'inbox'; // the section it was opened from: the unit inbox, or the own one

  function statusRegion() {
    const region = el('p', { class: 'status', id: 'status', role: 'status', tabindex: '-1' });
    if (flash) { region.className = 'status ' + flash.kind; region.textContent = flash.text; flash = null; }
    return region;
  }

  function unitPicker(me) {
    if (!unitId || !me.units.some((u) => u.id === unitId)) unitId = me.units[0].id;
    if (me.units.length === 1) return el('p', { class: 'meta' }, t('staff.unit'), ': ', me.units[0].name);
    const select = el('select', { id: 'unit', onchange: () => { unitId = select.value; openThread = null; page.redraw(); } },
      me.units.map((u) => el('option', { value: u.id, selected: u.id === unitId }, u.name)));
    return [el('label', { for: 'unit' }, t('staff.unit')), select];
  }

  function modeText(mode) { return t('mode.' + mode.code, { address: mode.address || '' }); }

  function badge(n) {
    App.badge('inbox', n);
  }

  async function today(main, me) {
    const picker = unitPicker(me);
    api('GET', `/api/units/${unitId}/inbox`).then((d) => badge(d.unread)).catch(() => {});
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
          reminderDetails(a),
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

  // An appointment's reminders in every status, read when the staff member opens them.
  function reminderDetails(a) {
    const body = el('div', {});
    const details = el('details', { class: 'reminders' },
      el('summary', {}, t('today.reminders'), el('span', { class: 'visually-hidden' }, ': ' + a.citizenName + ' ' + time(a.start))),
      body);
    details.addEventListener('toggle', async () => {
      if (!details.open || body.childElementCount) return;
      try {
        const list = await api('GET', `/api/appointments/${a.id}/reminders`);
        body.replaceChildren(list.length === 0 ? el('p', { class: 'meta' }, t('today.noReminders')) :
          el('ul', { class: 'list' }, list.map((r) => el('li', {},
            el('p', {}, t('rem.due', { when: when(r.dueAt) }), ' · ', el('span', { class: 'pill' }, t('rem.copy.' + r.status)),
              r.sentVia ? [' · ', t('channel.' + r.sentVia)] : null)))));
      } catch (e) { body.replaceChildren(el('p', { class: 'error' }, explain(e))); }
    });
    return details;
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

  // ---- the unit inbox

  function minutesText(min) {
    if (min === null || min === undefined) return '–';
    const h = Math.floor(min / 60);
    const m = min % 60;
    return h === 0 ? t('dur.m', { m }) : m === 0 ? t('dur.h', { h }) : t('dur.hm', { h, m });
  }

  function threadCard(th, onOpen) {
    return el('li', { class: 'card', 'data-thread': th.id },
      el('h2', {}, th.subject, ' ',
        th.unread ? el('span', { class: 'badge unread' }, App.unread(th.unread)) : null),
      el('p', { class: 'meta' }, th.citizenName, ' · ', el('span', { class: 'pill' }, t('inbox.status.' + th.status))),
      th.waitingSince ? el('p', { class: 'meta' }, t('inbox.waiting', { when: when(th.waitingSince) })) : null,
      el('p', { class: 'meta' }, t('inbox.assignee'), ': ', th.assigneeName || t('inbox.nobody')),
      onOpen ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'open-thread', onclick: onOpen },
        t('inbox.open'), el('span', { class: 'visually-hidden' }, ': ' + th.subject))) : null);
  }

  async function inbox(main, me) {
    const picker = unitPicker(me);
    if (openThread && openFrom === 'inbox') { await inboxThread(main, me, picker, openThread); return; }
    const unit = me.units.find((u) => u.id === unitId);
    const data = await api('GET', `/api/units/${unitId}/inbox`);
    const status = statusRegion();
    badge(data.unread);
    const open = (th) => async () => { openThread = th.id; openFrom = 'inbox'; await page.redraw(); };
    const list = el('ul', { class: 'list', id: 'inbox' }, data.threads.map((th) => threadCard(th, open(th))));
    const more = el('div', { class: 'actions' });
    function moreButton(next) {
      more.replaceChildren(next ? el('button', { type: 'button', id: 'more', onclick: async () => {
        try {
          const page2 = await api('GET', `/api/units/${unitId}/inbox?cursor=${encodeURIComponent(next)}`);
          list.append(...page2.threads.map((th) => threadCard(th, open(th))));
          moreButton(page2.next);
        } catch (e) { say(status, 'error', explain(e)); }
      } }, t('inbox.more')) : null);
    }
    moreButton(data.next);
    App.fill(main,
      el('h1', {}, t('inbox.title')),
      picker,
      el('p', {}, t('inbox.intro', { unit: unit.publicName })),
      status,
      el('p', { class: 'meta', id: 'inbox-unread' }, t('inbox.unreadTotal', { n: data.unread })),
      data.threads.length === 0 ? el('p', {}, t('inbox.none')) : list,
      more);
  }

  async function inboxThread(main, me, picker, id, from = 'inbox') {
    const unit = me.units.find((u) => u.id === unitId);
    const data = await api('GET', `/api/threads/${id}/messages`);
    const th = data.thread;
    const status = statusRegion();
    const redraw = async () => { await page.redraw(); document.getElementById('status').focus(); };
    const messages = el('ol', { class: 'list messages', id: 'messages' }, data.messages.map((m) =>
      el('li', { class: 'card message' + (m.side === 'STAFF' ? ' mine' : ''), 'data-message': m.id },
        el('p', { class: 'meta' }, el('strong', {}, m.autoReply ? t('msg.auto') : m.byline ? m.byline[App.lang()] : (m.author || '—')), ' · ', when(m.sentAt)),
        m.body === null ? el('p', { class: 'note' }, t('msg.withdrawn')) : el('p', { class: 'body' }, m.body),
        App.attachmentList(m))));
    const more = el('div', { class: 'actions' });
    function moreButton(next) {
      more.replaceChildren(next ? el('button', { type: 'button', id: 'older', onclick: async () => {
        const older = await api('GET', `/api/threads/${id}/messages?cursor=${encodeURIComponent(next)}`).catch((e) => { say(status, 'error', explain(e)); return null; });
        if (!older) return;
        messages.append(...older.messages.map((m) => el('li', { class: 'card message', 'data-message': m.id },
          el('p', { class: 'meta' }, el('strong', {}, m.byline ? m.byline[App.lang()] : (m.author || '—')), ' · ', when(m.sentAt)),
          m.body === null ? el('p', { class: 'note' }, t('msg.withdrawn')) : el('p', { class: 'body' }, m.body),
          App.attachmentList(m))));
        moreButton(older.next);
      } }, t('contacts.older')) : null);
    }
    moreButton(data.next);

    const reply = App.replyForm(id, status, async () => {
      flash = { kind: 'ok', text: t('reply.sent') };
      await redraw();
    });
    const assignee = el('select', { id: 'assignee' }, el('option', { value: '' }, t('inbox.nobody')),
      unit.colleagues.map((c) => el('option', { value: c.id, selected: c.id === th.assignee }, c.id === me.id ? t('inbox.me', { name: c.name }) : c.name)));
    const assign = el('form', { id: 'assign' },
      el('label', { for: 'assignee' }, t('inbox.assignee')), assignee,
      el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'assign-save' }, t('inbox.assign'))));
    assign.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const done = await api('POST', `/api/threads/${id}/assign`, { assignee: assignee.value || null });
        flash = { kind: 'ok', text: done.assigneeName ? t('inbox.assigned', { name: done.assigneeName }) : t('inbox.unassigned') };
        await redraw();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    const back = async () => {
      openThread = null;
      await page.redraw();
      const h = main.querySelector('h1');
      if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
    };
    App.fill(main,
      el('h1', {}, th.subject),
      el('p', { class: 'meta' }, th.citizenName, ' · ', el('span', { class: 'pill' }, t('inbox.status.' + th.status))),
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'back', onclick: back }, t(from === 'personal' ? 'personal.back' : 'inbox.back'))),
      status,
      th.status === 'CLOSED' ? el('p', { class: 'note' }, t('inbox.isClosed')) : reply,
      el('h2', {}, t('contacts.messages')),
      messages,
      more,
      th.inbox ? [el('h2', {}, t('inbox.handling')), assign] : null,
      th.status === 'CLOSED' ? null : el('div', { class: 'actions' }, el('button', { type: 'button', id: 'close-thread', onclick: async () => {
        try {
          await api('POST', `/api/threads/${id}/close`);
          flash = { kind: 'ok', text: t('inbox.closed') };
          openThread = null;
          await redraw();
        } catch (e) { say(status, 'error', explain(e)); }
      } }, t('inbox.close'))));
    api('GET', `/api/units/${unitId}/inbox`).then((d) => badge(d.unread)).catch(() => {});
  }

  // ---- the staff member's own inbox and auto-reply

  async function personal(main, me) {
    const picker = unitPicker(me);
    if (openThread && openFrom === 'personal') { await inboxThread(main, me, picker, openThread, 'personal'); return; }
    const data = await api('GET', `/api/staff/${me.id}/threads`);
    away = await api('GET', `/api/staff/${me.id}/auto-reply`);
    const status = statusRegion();
    App.badge('personal', data.unread);
    const open = (th) => async () => { openThread = th.id; openFrom = 'personal'; await page.redraw(); };
    const list = el('ul', { class: 'list', id: 'personal-threads' }, data.threads.map((th) => threadCard(th, open(th))));
    const more = el('div', { class: 'actions' });
    function moreButton(next) {
      more.replaceChildren(next ? el('button', { type: 'button', id: 'personal-more', onclick: async () => {
        try {
          const page2 = await api('GET', `/api/staff/${me.id}/threads?cursor=${encodeURIComponent(next)}`);
          list.append(...page2.threads.map((th) => threadCard(th, open(th))));
          moreButton(page2.next);
        } catch (e) { say(status, 'error', explain(e)); }
      } }, t('inbox.more')) : null);
    }
    moreButton(data.next);
    App.fill(main,
      el('h1', {}, t('section.personal')),
      el('p', {}, t('personal.intro')),
      status,
      el('p', { class: 'meta', id: 'personal-unread' }, t('personal.unread', { n: data.unread })),
      data.threads.length === 0 ? el('p', {}, t('personal.none')) : list,
      more,
      awayForm(me, status));
  }

  // The auto-reply while away, as the SDK reads it back (null when none answers).
  let away = null;
  function awayForm(me, status) {
    const colleagues = new Map();
    me.units.forEach((u) => u.colleagues.filter((c) => c.id !== me.id).forEach((c) => colleagues.set(c.id, c.name)));
    const text = el('textarea', { id: 'away-text', rows: '3', maxlength: '1000', required: true });
    const until = el('input', { id: 'away-until', type: 'date', required: true });
    const substitute = el('select', { id: 'away-substitute' }, el('option', { value: '' }, t('away.none')),
      [...colleagues].map(([id, name]) => el('option', { value: id }, name)));
    const form = el('form', { id: 'away', 'aria-labelledby': 'away-heading' },
      el('label', { for: 'away-text' }, t('away.text')), text,
      el('label', { for: 'away-until' }, t('away.until')), until,
      el('label', { for: 'away-substitute' }, t('away.substitute')), substitute,
      el('div', { class: 'actions' },
        el('button', { type: 'submit', class: 'primary', id: 'away-save' }, t('away.save')),
        el('button', { type: 'button', id: 'away-clear', onclick: async () => {
          try {
            await api('DELETE', `/api/staff/${me.id}/auto-reply`);
            away = null;
            flash = { kind: 'ok', text: t('away.cleared') };
            await page.redraw();
            document.getElementById('status').focus();
          } catch (e) { say(status, 'error', explain(e)); }
        } }, t('away.clear'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        away = await api('PUT', `/api/staff/${me.id}/auto-reply`, {
          text: text.value, until: until.value, substitute: substitute.value || null });
        flash = { kind: 'ok', text: t('away.saved', { date: date(new Date(new Date(away.until).getTime() - 1).toISOString()) }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    return el('section', { 'aria-labelledby': 'away-heading' },
      el('h2', { id: 'away-heading' }, t('away.title')),
      el('p', {}, t('away.intro')),
      away ? el('p', { class: 'note', id: 'away-current' }, t('away.saved', { date: date(new Date(new Date(away.until).getTime() - 1).toISOString()) })) : null,
      form);
  }

  // ---- response times and material progress

  async function responses(main, me) {
    const picker = unitPicker(me);
    const r = await api('GET', `/api/units/${unitId}/response-times`);
    const last = new Date(new Date(r.to).getTime() - 1).toISOString();
    const figure = (key, value) => el('div', {}, el('dt', {}, t(key)), el('dd', {}, value));
    App.fill(main,
      el('h1', {}, t('resp.title')),
      picker,
      el('p', {}, t('insights.period', { from: date(r.from), to: date(last) })),
      el('dl', { class: 'figures', id: 'response-figures' },
        figure('resp.opened', r.opened),
        figure('resp.answered', r.answered),
        figure('resp.median', minutesText(r.medianMinutes)),
        figure('resp.p90', minutesText(r.p90Minutes)),
        figure('resp.expected', minutesText(r.expectedReplyHours * 60))),
      el('h2', {}, t('resp.overdue')),
      r.overdue.length === 0 ? el('p', {}, t('resp.noneOverdue')) :
        el('ul', { class: 'list', id: 'overdue' }, r.overdue.map((th) => threadCard(th, async () => {
          openThread = th.id;
          openFrom = 'inbox';
          location.hash = '#inbox';
        }))));
  }

  async function progress(main, me) {
    const picker = unitPicker(me);
    const courses = await api('GET', `/api/units/${unitId}/material-progress`);
    const views = (n) => (n === 0 ? t('prog.notSeen') : n === 1 ? t('prog.seenOnce') : t('prog.seen', { n }));
    App.fill(main,
      el('h1', {}, t('prog.title')),
      picker,
      el('p', {}, t('prog.intro')),
      courses.length === 0 ? el('p', {}, t('prog.noCourses')) : courses.map((c) => [
        el('h2', {}, c.citizenName, ' · ', c.template),
        c.items.length === 0 ? el('p', { class: 'meta' }, t('prog.none')) :
          el('ul', { class: 'list', 'data-course': c.course }, c.items.map((i) => el('li', { class: 'card', 'data-item': i.id },
            el('h3', {}, i.title, ' ', el('span', { class: 'pill' }, t('mat.kind.' + i.kind))),
            el('p', { class: 'meta' }, i.released ? t('prog.released', { when: date(i.releasedAt) }) : t('prog.notReleased'),
              ' · ', views(i.views)),
            i.understood ? el('p', {}, el('span', { class: 'pill' }, t('mat.understood'))) : null)))]));
  }

  // ---- a citizen of the unit: booking, the course with its plan, state and material

  let citizenId = null; // the citizen chosen in Borgere, kept across redraws

  function citizenPicker(me) {
    const unit = me.units.find((u) => u.id === unitId);
    const citizens = unit.citizens || [];
    if (!citizenId || !citizens.some((c) => c.id === citizenId)) citizenId = citizens.length ? citizens[0].id : null;
    const select = el('select', { id: 'citizen', onchange: () => { citizenId = select.value; page.redraw(); } },
      citizens.map((c) => el('option', { value: c.id, selected: c.id === citizenId }, c.name)));
    return [el('label', { for: 'citizen' }, t('cit.pick')), select];
  }

  // a local date and time for a datetime-local field, some days from now at a whole hour
  function localInput(days, hour) {
    const d = new Date(Date.now() + days * 86400000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
  }

  function bookingForm(me, unit, courses, status) {
    const course = el('select', { id: 'book-course' }, courses.map((c) => el('option', { value: c.id }, c.template)));
    const type = el('select', { id: 'book-type' }, unit.types.map((ty) => el('option', { value: ty }, t('type.' + ty))));
    const contact = el('select', { id: 'book-contact' }, unit.colleagues.map((c) =>
      el('option', { value: c.id, selected: c.id === me.id }, c.name)));
    const start = el('input', { id: 'book-start', type: 'datetime-local', required: true, value: localInput(7, 13) });
    const end = el('input', { id: 'book-end', type: 'datetime-local', required: true, value: localInput(7, 14) });
    const mode = el('select', { id: 'book-mode' }, ['in_person', 'phone'].map((m) =>
      el('option', { value: m }, t('mode.' + m, { address: '' }).replace(/:\s*$/, ''))));
    const address = el('input', { id: 'book-address', type: 'text', autocomplete: 'street-address' });
    const form = el('form', { id: 'book' },
      el('label', { for: 'book-course' }, t('book.course')), course,
      el('label', { for: 'book-type' }, t('slots.type')), type,
      el('label', { for: 'book-contact' }, t('book.contact')), contact,
      el('label', { for: 'book-start' }, t('book.start')), start,
      el('label', { for: 'book-end' }, t('book.end')), end,
      el('label', { for: 'book-mode' }, t('slots.mode')), mode,
      el('label', { for: 'book-address' }, t('book.place')), address,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'book-submit' }, t('book.submit'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const m = mode.value === 'in_person' ? { code: 'in_person', address: address.value.trim() || null } : { code: mode.value };
        const a = await api('POST', `/api/courses/${course.value}/appointments`, {
          type: type.value, start: start.value, end: end.value, mode: m, participants: [contact.value] });
        flash = { kind: 'ok', text: t('book.done', { when: when(a.start) }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    return form;
  }

  function planItem(i, status) {
    const id = 'revise-' + i.id;
    const text = el('textarea', { id, rows: '2', maxlength: '2000', required: true }, i.text);
    const form = el('form', { class: 'revise' },
      el('label', { for: id }, t('item.' + i.kind)), text,
      el('p', { class: 'meta' }, t('cit.writtenBy', { name: i.author, when: date(i.writtenAt) })),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('cit.revise'),
        el('span', { class: 'visually-hidden' }, ': ' + t('item.' + i.kind)))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('PUT', `/api/plan-items/${i.id}`, { version: i.version, text: text.value });
        flash = { kind: 'ok', text: t('cit.revised') };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    return el('li', { class: 'card', 'data-plan-item': i.id }, form);
  }

  function courseSection(c, status) {
    const redraw = async (text) => { flash = { kind: 'ok', text }; await page.redraw(); document.getElementById('status').focus(); };
    const setState = (state) => async () => {
      try {
        await api('POST', `/api/courses/${c.id}/state`, { version: c.version, state });
        await redraw(t('cit.state.done.' + state));
      } catch (e) { say(status, 'error', explain(e)); }
    };
    const kind = el('select', { id: 'item-kind-' + c.id }, ['GOAL', 'TASK', 'WAY_FORWARD'].map((k) => el('option', { value: k }, t('item.' + k))));
    const text = el('textarea', { id: 'item-text-' + c.id, rows: '2', maxlength: '2000', required: true });
    const write = el('form', { class: 'write-item' },
      el('label', { for: 'item-kind-' + c.id }, t('cit.itemKind')), kind,
      el('label', { for: 'item-text-' + c.id }, t('cit.itemText')), text,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('cit.write'))));
    write.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', `/api/courses/${c.id}/plan-items`, { kind: kind.value, text: text.value });
        await redraw(t('cit.written'));
      } catch (e) { say(status, 'error', explain(e)); }
    });
    const closed = c.state === 'CLOSED';
    return el('section', { class: 'course', 'data-course': c.id, 'aria-labelledby': 'course-' + c.id },
      el('h2', { id: 'course-' + c.id }, c.template),
      el('p', {}, el('span', { class: 'pill', id: 'state-' + c.id }, t('cit.state.' + c.state)), ' ',
        el('span', { class: 'meta' }, t('cit.opened', { when: date(c.openedAt) }))),
      closed ? null : el('div', { class: 'actions' },
        c.state === 'ACTIVE' ? el('button', { type: 'button', class: 'pause-course', onclick: setState('PAUSED') }, t('cit.pause')) :
          el('button', { type: 'button', class: 'resume-course', onclick: setState('ACTIVE') }, t('cit.resume')),
        el('button', { type: 'button', class: 'end-course', onclick: setState('CLOSED') }, t('cit.end'))),
      el('h3', {}, t('cit.plan')),
      c.planItems.length === 0 ? el('p', { class: 'meta' }, t('cit.noItems')) :
        el('ul', { class: 'list' }, c.planItems.map((i) => planItem(i, status))),
      closed ? null : write,
      el('div', { class: 'material', id: 'material-' + c.id }));
  }

  async function materialPart(c, holder, status) {
    const items = await api('GET', `/api/courses/${c.id}/material-progress`);
    const redraw = async (text) => { flash = { kind: 'ok', text }; await page.redraw(); document.getElementById('status').focus(); };
    const p = 'att-' + c.id;
    const kind = el('select', { id: p + '-kind' }, ['TEXT', 'LINK'].map((k) => el('option', { value: k }, t('mat.kind.' + k))));
    const title = el('input', { id: p + '-title', type: 'text', required: true, maxlength: '200' });
    const body = el('textarea', { id: p + '-body', rows: '3' });
    const url = el('input', { id: p + '-url', type: 'url' });
    const release = el('select', { id: p + '-release' }, ['BY_HAND', 'AT_START'].map((r) => el('option', { value: r }, t('cit.release.' + r))));
    const form = el('form', { class: 'attach' },
      el('label', { for: p + '-kind' }, t('cit.matKind')), kind,
      el('label', { for: p + '-title' }, t('cit.matTitle')), title,
      el('label', { for: p + '-body' }, t('cit.matBody')), body,
      el('label', { for: p + '-url' }, t('cit.matUrl')), url,
      el('label', { for: p + '-release' }, t('cit.matRelease')), release,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('cit.attach'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const variant = { language: 'DA', title: title.value, body: body.value || null, url: kind.value === 'LINK' ? url.value : null };
        await api('POST', `/api/courses/${c.id}/material`, { kind: kind.value, variants: [variant], release: { rule: release.value } });
        await redraw(t('cit.attached'));
      } catch (e) { say(status, 'error', explain(e)); }
    });
    App.fill(holder,
      el('h3', {}, t('cit.material')),
      items.length === 0 ? el('p', { class: 'meta' }, t('prog.none')) :
        el('ul', { class: 'list' }, items.map((i) => el('li', { class: 'card', 'data-item': i.id },
          el('p', {}, el('strong', {}, i.title), ' ', el('span', { class: 'pill' }, t('mat.kind.' + i.kind))),
          el('p', { class: 'meta' }, i.released ? t('prog.released', { when: date(i.releasedAt) }) : t('prog.notReleased')),
          i.released ? null : el('div', { class: 'actions' }, el('button', { type: 'button', class: 'release-item',
            onclick: async () => {
              try {
                await api('POST', `/api/courses/${c.id}/material/${i.id}/release`);
                await redraw(t('cit.releasedNow', { title: i.title }));
              } catch (e) { say(status, 'error', explain(e)); }
            } }, t('cit.release'), el('span', { class: 'visually-hidden' }, ': ' + i.title)))))),
      c.state === 'CLOSED' ? null : [el('h4', {}, t('cit.attachTitle')), form]);
  }

  async function citizens(main, me) {
    const picker = unitPicker(me);
    const unit = me.units.find((u) => u.id === unitId);
    const who = citizenPicker(me);
    const status = statusRegion();
    if (!citizenId) {
      App.fill(main, el('h1', {}, t('cit.title')), picker, el('p', {}, t('cit.none')));
      return;
    }
    const all = await api('GET', `/api/citizens/${citizenId}/courses`);
    const courses = all.filter((c) => c.unitId === unitId);
    const active = courses.filter((c) => c.state !== 'CLOSED');
    const sections = courses.map((c) => courseSection(c, status));
    App.fill(main,
      el('h1', {}, t('cit.title')),
      picker,
      who,
      status,
      el('h2', {}, t('book.title')),
      active.length === 0 ? el('p', {}, t('book.noCourse')) : bookingForm(me, unit, active, status),
      sections);
    for (const c of courses) {
      const holder = document.getElementById('material-' + c.id);
      if (holder) await materialPart(c, holder, status).catch((e) => say(status, 'error', explain(e)));
    }
  }

  // ---- the unit's reminders: the policy, undelivered reminders and their delivery logs

  let openLog = null;

  async function reminders(main, me) {
    const picker = unitPicker(me);
    const status = statusRegion();
    const policy = await api('GET', `/api/units/${unitId}/reminder-policy`);
    const undelivered = await api('GET', `/api/units/${unitId}/undelivered-reminders`);
    const hours = el('input', { id: 'policy-hours', type: 'text', inputmode: 'decimal', 'aria-describedby': 'policy-hint',
      value: policy.minutesBefore.map((m) => String(Math.round(m / 6) / 10)).join(', ') });
    const form = el('form', { id: 'policy' },
      el('label', { for: 'policy-hours' }, t('rem.hours')), hours,
      el('p', { class: 'meta', id: 'policy-hint' }, t('rem.hint')),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('rem.save'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const minutes = hours.value.split(/[;,\s]+/).filter((x) => x).map((x) => Math.round(Number(x.replace(',', '.')) * 60));
        await api('PUT', `/api/units/${unitId}/reminder-policy`, { minutesBefore: minutes, critical: policy.critical });
        flash = { kind: 'ok', text: t('rem.saved') };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    let log = null;
    if (openLog) {
      const l = await api('GET', `/api/reminders/${openLog}/delivery-log`).catch((e) => { say(status, 'error', explain(e)); return null; });
      const attempts = (list) => list.length === 0 ? el('p', { class: 'meta' }, t('rem.noAttempts')) :
        el('ul', { class: 'list' }, list.map((a) => el('li', { class: 'card' },
          el('p', {}, t('channel.' + a.channel), ' · ', when(a.attemptedAt), ' · ', el('span', { class: 'pill' }, t('rem.outcome.' + a.outcome))))));
      if (l) {
        log = el('section', { id: 'delivery-log', 'aria-labelledby': 'log-title' },
          el('h2', { id: 'log-title', tabindex: '-1' }, t('rem.log')),
          attempts(l.attempts),
          l.relatives.length ? [el('h3', {}, t('rem.relatives')), l.relatives.map((r) => [
            el('p', {}, r.relativeName, ' · ', t('rem.copy.' + r.status)), attempts(r.attempts)])] : null);
      }
    }
    App.fill(main,
      el('h1', {}, t('rem.title')),
      picker,
      status,
      el('h2', {}, t('rem.policy')),
      form,
      el('h2', {}, t('rem.undelivered')),
      undelivered.length === 0 ? el('p', {}, t('rem.noneUndelivered')) :
        el('ul', { class: 'list', id: 'undelivered' }, undelivered.map((r) => el('li', { class: 'card', 'data-reminder': r.id },
          el('p', {}, el('strong', {}, r.citizenName), ' · ', when(r.appointmentStart)),
          el('p', { class: 'meta' }, t('rem.due', { when: when(r.dueAt) })),
          el('div', { class: 'actions' }, el('button', { type: 'button', class: 'show-log', onclick: async () => {
            openLog = r.id;
            await page.redraw();
            const h = document.getElementById('log-title');
            if (h) h.focus();
          } }, t('rem.showLog'), el('span', { class: 'visually-hidden' }, ': ' + r.citizenName)))))),
      log);
  }

  // ---- the activity catalogue of a unit: its organisers, its activities, publishing, and
  // sign-up lists.

  let openSignups = null;

  async function activities(main, me) {
    const picker = unitPicker(me);
    const status = statusRegion();
    const [organisers, mine] = await Promise.all([
      api('GET', `/api/units/${unitId}/organisers`),
      api('GET', `/api/units/${unitId}/activities`)]);
    const redraw = async (text) => { flash = { kind: 'ok', text }; await page.redraw(); document.getElementById('status').focus(); };

    const oKind = el('select', { id: 'org-kind' }, ['ASSOCIATION', 'MUNICIPAL_UNIT'].map((k) => el('option', { value: k }, t('act.org.' + k))));
    const oName = el('input', { id: 'org-name', type: 'text', required: true, maxlength: '200' });
    const oEmail = el('input', { id: 'org-email', type: 'email', autocomplete: 'off' });
    const register = el('form', { id: 'register-organiser' },
      el('label', { for: 'org-kind' }, t('act.orgKind')), oKind,
      el('label', { for: 'org-name' }, t('act.orgName')), oName,
      el('label', { for: 'org-email' }, t('act.orgEmail')), oEmail,
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('act.register'))));
    register.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', `/api/units/${unitId}/organisers`, { kind: oKind.value, name: oName.value, email: oEmail.value.trim() || null });
        await redraw(t('act.registered', { name: oName.value }));
      } catch (e) { say(status, 'error', explain(e)); }
    });

    const f = (id, label, input) => [el('label', { for: id }, label), input];
    const organiser = el('select', { id: 'act-organiser' }, organisers.map((o) => el('option', { value: o.id }, o.name)));
    const title = el('input', { id: 'act-title', type: 'text', required: true, maxlength: '200' });
    const description = el('textarea', { id: 'act-description', rows: '3', required: true });
    const interests = el('input', { id: 'act-interests', type: 'text', required: true, 'aria-describedby': 'act-interests-hint' });
    const address = el('input', { id: 'act-address', type: 'text', required: true });
    const district = el('input', { id: 'act-district', type: 'text', required: true });
    const start = el('input', { id: 'act-start', type: 'datetime-local', required: true, value: localInput(7, 10) });
    const minutes = el('input', { id: 'act-minutes', type: 'number', min: '1', max: '1440', value: '60', required: true });
    const frequency = el('select', { id: 'act-frequency' }, ['', 'WEEKLY', 'BIWEEKLY', 'MONTHLY'].map((q) => el('option', { value: q }, t('act.freq.' + (q || 'ONCE')))));
    const capacity = el('input', { id: 'act-capacity', type: 'number', min: '1', max: '10000', value: '12', required: true });
    const price = el('input', { id: 'act-price', type: 'number', min: '0', step: '1', value: '0' });
    const publish = el('form', { id: 'publish' },
      f('act-organiser', t('act.organiser'), organiser),
      f('act-title', t('act.titleField'), title),
      f('act-description', t('act.description'), description),
      f('act-interests', t('act.interests'), interests),
      el('p', { class: 'meta', id: 'act-interests-hint' }, t('act.interestsHint')),
      f('act-address', t('act.address'), address),
      f('act-district', t('act.district'), district),
      f('act-start', t('act.start'), start),
      f('act-minutes', t('act.minutes'), minutes),
      f('act-frequency', t('act.frequency'), frequency),
      f('act-capacity', t('act.capacity'), capacity),
      f('act-price', t('act.price'), price),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'act-submit' }, t('act.publish'))));
    publish.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const a = await api('POST', `/api/organisers/${organiser.value}/activities`, {
          title: title.value, description: description.value,
          interests: interests.value.split(/[,\s]+/).filter((x) => x),
          place: { address: address.value, district: district.value },
          schedule: { firstStart: start.value, minutes: Number(minutes.value), frequency: frequency.value || null },
          capacity: Number(capacity.value), priceOre: Math.round(Number(price.value || 0) * 100), signupDeadlineHours: 2 });
        await redraw(t('act.published', { title: a.title }));
      } catch (e) { say(status, 'error', explain(e)); }
    });

    let signups = null;
    if (openSignups) {
      const list = await api('GET', `/api/activities/${openSignups.id}/signups`).catch((e) => { say(status, 'error', explain(e)); return null; });
      if (list) {
        signups = el('section', { id: 'signups', 'aria-labelledby': 'signups-title' },
          el('h2', { id: 'signups-title', tabindex: '-1' }, t('act.signupsOf', { title: openSignups.title })),
          list.length === 0 ? el('p', {}, t('act.noSignups')) :
            el('ul', { class: 'list' }, list.map((x) => el('li', { class: 'card' },
              el('p', {}, el('strong', {}, x.citizenName), ' · ', el('span', { class: 'pill' }, t('act.status.' + x.status))),
              el('p', { class: 'meta' }, x.series ? t('act.series') : when(x.occurrence))))));
      }
    }
    App.fill(main,
      el('h1', {}, t('act.title')),
      picker,
      status,
      el('h2', {}, t('act.organisers')),
      organisers.length === 0 ? el('p', {}, t('act.noOrganisers')) :
        el('ul', { class: 'list', id: 'organisers' }, organisers.map((o) => el('li', { class: 'card' },
          el('p', {}, el('strong', {}, o.name), ' · ', t('act.org.' + o.kind))))),
      el('h3', {}, t('act.registerTitle')),
      register,
      organisers.length === 0 ? null : [el('h2', {}, t('act.publishTitle')), publish],
      el('h2', {}, t('act.publishedTitle')),
      mine.length === 0 ? el('p', { class: 'meta' }, t('act.nonePublished')) :
        el('ul', { class: 'list', id: 'published' }, mine.map((a) => el('li', { class: 'card', 'data-activity': a.id },
          el('p', {}, el('strong', {}, a.title)),
          el('div', { class: 'actions' }, el('button', { type: 'button', class: 'show-signups', onclick: async () => {
            openSignups = a;
            await page.redraw();
            const h = document.getElementById('signups-title');
            if (h) h.focus();
          } }, t('act.showSignups'), el('span', { class: 'visually-hidden' }, ': ' + a.title)))))),
      signups);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    page = await App.frame({ today, inbox, personal, slots, insights, responses, progress, citizens, reminders, activities });
  });
})();
