// The citizen's page. Each section is one renderer; the server lists which sections this person has.
'use strict';
(() => {
  const { t, el, api, explain, say, when } = App;
  const REASONS = ['ILLNESS', 'HOSPITALISED', 'TRANSPORT', 'WORK_OR_EDUCATION', 'FAMILY', 'NO_LONGER_NEEDED', 'OTHER'];
  let flash = null; // a message to show after a redraw, {kind, text}
  let page;
  // a relative sees the citizen's plan; moving and cancelling need the grant's scope for it
  let manage = true;
  let relative = false;

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
      !manage ? el('p', { class: 'note' }, t('plan.readOnly'))
        : a.mayMove || a.mayCancel
          ? el('p', { class: 'meta' }, t('plan.changeUntil', { when: when(a.changeDeadline) }))
          : el('p', { class: 'note' }, t('plan.callUnit', { unit: a.unitName })),
      relative ? null : el('p', {}, el('a', { class: 'ics', href: `/api/appointments/${a.id}/ics`, download: '' }, t('ics.download'),
        el('span', { class: 'visually-hidden' }, ': ' + t('type.' + a.type) + ', ' + when(a.start)))),
      el('div', { class: 'actions' },
        a.mayMove && manage ? el('button', { type: 'button', class: 'move', 'aria-expanded': 'false',
          'aria-controls': 'panel-' + a.id, onclick: (e) => openMove(a, panel, e.currentTarget, status) }, t('move')) : null,
        a.mayCancel && manage ? el('button', { type: 'button', class: 'cancel', 'aria-expanded': 'false',
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
      relative ? null : el('details', {}, el('summary', {}, t('pref.title')), form));
  }

  async function plan(main, me) {
    relative = !!me.actingFor;
    manage = !relative || me.actingFor.scopes.includes('MANAGE_APPOINTMENTS');
    if (me.sections.includes('contacts')) {
      api('GET', `/api/citizens/${me.citizenId}/threads`).then((d) => badge(d.unread, 'contacts')).catch(() => {});
    }
    const o = await api('GET', `/api/citizens/${me.citizenId}/overview`);
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

  function badge(n, section) {
    App.badge(section || 'notifications', n);
  }

  async function notifications(main, me) {
    const data = await api('GET', `/api/citizens/${me.citizenId}/notifications`);
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
            try { await api('POST', `/api/citizens/${me.citizenId}/notifications/${n.id}/read`); await page.redraw(); }
            catch (e) { say(status, 'error', explain(e)); }
          } }, t('notif.markRead')))))));
    badge(data.unread);
  }

  async function settings(main, me) {
    const p = await api('GET', `/api/citizens/${me.citizenId}/contact-preferences`);
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
        await api('PUT', `/api/citizens/${me.citizenId}/contact-preferences`, {
          channels, phone: phone.value.trim() || null, email: email.value.trim() || null,
          quietHours: { from: from.value, to: to.value }, optedOut: p.optedOut, version: p.version });
        flash = { kind: 'ok', text: t('settings.done') };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    const grants = await api('GET', `/api/citizens/${me.citizenId}/grants`);
    App.fill(main, el('h1', {}, t('settings.title')), status, form, feedSection(me, status),
      relativesSection(me, grants, status), await logSection(me, status), dataSection(me));
  }


  // ---- Mit netværk

  function placeText(place) {
    return place.link ? t('net.online', { link: place.link }) : `${place.address} · ${place.district}`;
  }

  function seatsText(n) {
    return n === 0 ? t('net.full') : n === 1 ? t('net.seatLeft') : t('net.seatsLeft', { n });
  }

  function priceText(ore) {
    return ore === 0 ? t('net.free') : t('net.price', { kr: (ore / 100).toLocaleString(App.lang() === 'en' ? 'en-GB' : 'da-DK') });
  }

  function occurrenceCard(me, o, status) {
    const a = o.activity;
    const s = o.signup;
    const sign = async (series) => {
      try {
        const body = series ? { activity: a.id } : { activity: a.id, occurrence: o.start };
        const made = await api('POST', `/api/citizens/${me.citizenId}/signups`, body);
        flash = { kind: 'ok', text: t('net.done.' + made.status, { title: a.title }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    };
    const leave = async () => {
      try {
        await api('POST', `/api/signups/${s.id}/leave`);
        flash = { kind: 'ok', text: t('net.left', { title: a.title }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    };
    const icsHref = `/api/citizens/${me.citizenId}/activities/${a.id}/ics?start=${encodeURIComponent(o.start)}`;
    return el('li', { class: 'card', 'data-activity': a.id, 'data-start': o.start },
      el('h3', {}, a.title),
      el('p', { class: 'when' }, when(o.start)),
      el('p', { class: 'meta' }, placeText(a.place)),
      el('p', {}, a.description),
      el('p', { class: 'meta' }, [a.targetGroup, a.accessibility].filter(Boolean).join(' · ')),
      el('p', { class: 'meta' }, priceText(a.priceOre), a.recurring ? [' · ', t('net.recurring')] : null,
        ' · ', el('span', { class: 'seats' }, seatsText(o.seatsLeft))),
      s ? el('p', { class: 'signed' }, el('span', { class: 'pill' }, t('net.signup.' + s.status)),
        s.series ? [' ', t('net.series')] : null) : null,
      el('div', { class: 'actions' },
        s ? [el('button', { type: 'button', class: 'leave', onclick: leave }, t('net.leave')),
          s.status === 'SEATED' ? el('a', { class: 'ics', href: icsHref, download: '' }, t('ics.download'),
            el('span', { class: 'visually-hidden' }, ': ' + a.title + ', ' + when(o.start))) : null]
          : !o.signupOpen ? el('p', { class: 'note' }, t('net.closed'))
            : [el('button', { type: 'button', class: 'sign-up primary', onclick: () => sign(false) },
              o.seatsLeft === 0 ? t('net.waitlist') : t('net.signUp')),
            a.recurring ? el('button', { type: 'button', class: 'sign-up-series', onclick: () => sign(true) }, t('net.signUpSeries')) : null]));
  }

  // the search form keeps its values across redraws
  let query = { text: '', interest: '', district: '', from: '', to: '', matching: false };

  async function network(main, me) {
    const status = statusRegion();
    const [suggestions, interests] = await Promise.all([
      api('GET', `/api/citizens/${me.citizenId}/suggestions`),
      api('GET', `/api/citizens/${me.citizenId}/interests?lang=${App.lang()}`)]);
    const params = new URLSearchParams();
    if (query.matching) params.set('matching', 'true');
    else for (const k of ['text', 'interest', 'district', 'from', 'to']) if (query[k]) params.set(k, query[k]);
    const first = await api('GET', `/api/citizens/${me.citizenId}/activities?${params}`);
    const list = el('ul', { class: 'list', id: 'results' }, first.occurrences.map((o) => occurrenceCard(me, o, status)));
    const more = el('div', { class: 'actions' });
    function moreButton(next) {
      more.replaceChildren(next ? el('button', { type: 'button', id: 'more', onclick: async () => {
        const p = new URLSearchParams(params); p.set('cursor', next);
        try {
          const page2 = await api('GET', `/api/citizens/${me.citizenId}/activities?${p}`);
          const cards = page2.occurrences.map((o) => occurrenceCard(me, o, status));
          list.append(...cards);
          moreButton(page2.next);
          if (cards[0]) { const h = cards[0].querySelector('h3'); h.setAttribute('tabindex', '-1'); h.focus(); }
        } catch (e) { say(status, 'error', explain(e)); }
      } }, t('net.more')) : null);
    }
    moreButton(first.next);

    const field = (id, label, input) => [el('label', { for: id }, label), input];
    const text = el('input', { id: 'net-text', type: 'search', value: query.text });
    const interest = el('select', { id: 'net-interest' }, el('option', { value: '' }, t('net.anyInterest')),
      interests.map((i) => el('option', { value: i.code, selected: i.code === query.interest }, i.name)));
    const district = el('input', { id: 'net-district', type: 'text', value: query.district });
    const from = el('input', { id: 'net-from', type: 'date', value: query.from });
    const to = el('input', { id: 'net-to', type: 'date', value: query.to });
    const search = el('form', { role: 'search', 'aria-labelledby': 'search-heading' },
      field('net-text', t('net.text'), text), field('net-interest', t('net.interest'), interest),
      field('net-district', t('net.district'), district),
      el('div', { class: 'dates' }, el('div', {}, field('net-from', t('net.from'), from)), el('div', {}, field('net-to', t('net.to'), to))),
      el('div', { class: 'actions' },
        el('button', { type: 'submit', class: 'primary', id: 'net-find' }, t('net.find')),
        el('button', { type: 'button', id: 'net-matching', onclick: async () => {
          query = { text: '', interest: '', district: '', from: '', to: '', matching: true };
          await page.redraw();
        } }, t('net.matching'))));
    search.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      query = { text: text.value.trim(), interest: interest.value, district: district.value.trim(), from: from.value, to: to.value, matching: false };
      await page.redraw();
      document.getElementById('results-heading').focus();
    });

    const boxes = interests.map((i) => el('label', { class: 'choice' },
      el('input', { type: 'checkbox', name: 'interest', value: i.code, checked: i.mine }), i.name));
    const mine = el('form', {}, el('fieldset', {}, el('legend', {}, t('net.interests')), boxes),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('net.saveInterests'))));
    mine.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('PUT', `/api/citizens/${me.citizenId}/interests`,
          { interests: [...mine.querySelectorAll('input:checked')].map((b) => b.value) });
        flash = { kind: 'ok', text: t('net.interestsSaved') };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });

    App.fill(main,
      el('h1', {}, t('net.title')),
      el('p', {}, t('net.intro')),
      status,
      suggestions.length ? [el('h2', {}, t('net.suggested')),
        el('ul', { class: 'list', id: 'suggestions' }, suggestions.map((sg) => el('li', { class: 'card' },
          el('h3', {}, sg.activity.title),
          el('p', { class: 'meta' }, t('net.suggestedBy', { name: sg.suggestedBy })),
          el('p', { class: 'meta' }, placeText(sg.activity.place)),
          el('p', {}, sg.activity.description))))] : null,
      el('h2', { id: 'search-heading' }, t('net.search')),
      search,
      el('h2', { id: 'results-heading', tabindex: '-1' }, query.matching ? t('net.matching') : t('net.results')),
      first.occurrences.length ? list : el('p', {}, t('net.none')),
      more,
      el('details', {}, el('summary', {}, t('net.interests')), mine));
  }

  // ---- Materiale

  function viewsText(n) {
    return n === 0 ? t('mat.notSeen') : n === 1 ? t('mat.viewedOnce') : t('mat.views', { n });
  }

  function materialCard(item, status, mayAsk) {
    const base = `/api/courses/${item.course}/material/${item.id}`;
    const progress = el('p', { class: 'meta progress' },
      viewsText(item.views),
      item.understoodAt ? [' · ', el('span', { class: 'pill' }, t('mat.understood'))] : null);
    const body = el('div', { class: 'material-body', id: 'body-' + item.id, hidden: true });
    const open = async (button) => {
      let opened;
      try { opened = await api('POST', base + '/open'); } catch (e) { say(status, 'error', explain(e)); return; }
      button.setAttribute('aria-expanded', 'true');
      if (opened.kind === 'TEXT') {
        // the SDK's sanitised HTML of the item's Markdown; nothing else is set as HTML
        const div = el('div', { class: 'markdown' });
        div.innerHTML = opened.html || '';
        body.replaceChildren(div);
      } else if (opened.kind === 'LINK') {
        body.replaceChildren(opened.description ? el('p', {}, opened.description) : null,
          el('p', {}, el('a', { href: opened.url, target: '_blank', rel: 'noopener noreferrer' }, t('mat.visit'))));
      } else {
        const video = el('video', { controls: true, preload: 'none', class: 'video', 'aria-describedby': 'transcript-' + opened.id },
          el('source', { src: opened.url, type: 'video/mp4' }),
          opened.captions ? el('track', { kind: 'captions', src: opened.captions, srclang: opened.language.toLowerCase(),
            label: opened.language === 'EN' ? 'English' : 'Dansk', default: true }) : null);
        body.replaceChildren(video,
          opened.transcript ? el('details', { open: true, class: 'transcript' }, el('summary', {}, t('mat.transcript')),
            el('p', { id: 'transcript-' + opened.id }, opened.transcript)) : null);
      }
      body.hidden = false;
      progress.firstChild.textContent = viewsText(opened.views);
    };
    const understood = async (button) => {
      try {
        const marked = await api('POST', base + '/understood');
        flash = { kind: 'ok', text: t('mat.markedUnderstood', { title: marked.title }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    };
    return el('li', { class: 'card', 'data-item': item.id },
      el('h3', {}, item.title, ' ', el('span', { class: 'pill' }, t('mat.kind.' + item.kind))),
      item.seconds ? el('p', { class: 'meta' }, t('mat.minutes', { n: Math.max(1, Math.round(item.seconds / 60)) })) : null,
      progress,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'open', 'aria-expanded': 'false', 'aria-controls': 'body-' + item.id,
          onclick: (e) => open(e.currentTarget) }, t('mat.open'), el('span', { class: 'visually-hidden' }, ': ' + item.title)),
        item.understoodAt ? null : el('button', { type: 'button', class: 'understood',
          onclick: (e) => understood(e.currentTarget) }, t('mat.markUnderstood'), el('span', { class: 'visually-hidden' }, ': ' + item.title))),
      body,
      mayAsk ? askForm(item, base, status) : null);
  }

  // A question about an item goes to the inbox of the unit running the course, as a new thread.
  function askForm(item, base, status) {
    const id = 'ask-' + item.id;
    const text = el('textarea', { id, rows: '3', maxlength: '5000', required: true });
    const form = el('form', { class: 'ask' },
      el('label', { for: id }, t('mat.question')), text,
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('mat.send'),
        el('span', { class: 'visually-hidden' }, ': ' + item.title))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', base + '/questions', { question: text.value });
        text.value = '';
        say(status, 'ok', t('mat.asked'));
      } catch (e) { say(status, 'error', explain(e)); }
    });
    return el('details', { class: 'ask-details' }, el('summary', {}, t('mat.ask'),
      el('span', { class: 'visually-hidden' }, ': ' + item.title)), form);
  }

  async function material(main, me) {
    const status = statusRegion();
    const mayAsk = !me.actingFor || me.actingFor.scopes.includes('WRITE_MESSAGES');
    let groups;
    if (me.sections.includes('plan')) {
      const o = await api('GET', `/api/citizens/${me.citizenId}/overview`);
      const perCourse = await Promise.all(o.courses.map((c) => api('GET', `/api/courses/${c.id}/material`)
        .then((items) => ({ title: [c.template, ' · ', c.unitName], course: c.id, items }))));
      groups = perCourse.filter((c) => c.items.length);
    } else {
      // a relative who may read the material but not the plan: each item names its course
      const items = await api('GET', `/api/citizens/${me.citizenId}/material`);
      const byCourse = new Map();
      items.forEach((i) => byCourse.set(i.course, [...(byCourse.get(i.course) || []), i]));
      groups = [...byCourse].map(([course, list]) => ({ title: null, course, items: list }));
    }
    App.fill(main,
      el('h1', {}, t('mat.title')),
      el('p', {}, t('mat.intro')),
      status,
      groups.length === 0 ? el('p', {}, t('mat.none')) : groups.map(({ title, course, items }) => [
        title ? el('h2', {}, ...title) : null,
        el('ul', { class: 'list', 'data-course': course }, items.map((i) => materialCard(i, status, mayAsk)))]));
  }


  // ---- Mine kontakter

  let openThread = null; // the thread being read, kept across redraws (and language changes)

  function roleText(c) {
    const role = t('role.' + c.role);
    return c.title && c.title !== role && c.title !== TEXTS.da['role.' + c.role] ? `${role} · ${c.title}` : role;
  }

  function replyText(hours) {
    // a day is "24 hours"; two days or more in whole days
    return hours >= 48 && hours % 24 === 0 ? t('contacts.replyDays', { n: hours / 24 }) : t('contacts.replyHours', { n: hours });
  }

  function threadStatus(th) {
    return el('span', { class: 'pill' }, t('thread.' + th.status));
  }

  function unreadPill(n) {
    return n ? el('span', { class: 'badge unread' }, App.unread(n)) : null;
  }

  async function contacts(main, me) {
    if (openThread) { await threadView(main, me, openThread); return; }
    const base = `/api/citizens/${me.citizenId}`;
    // the courses offer their units' inboxes; a relative without the plan scope may not read them
    const [team, threads, overview] = await Promise.all([
      api('GET', base + '/contacts'), api('GET', base + '/threads'),
      me.sections.includes('plan') ? api('GET', base + '/overview') : Promise.resolve({ courses: [] })]);
    const status = statusRegion();
    badge(threads.unread, 'contacts');

    // whom to write to: each person on the care team, and the shared inbox of each course's unit
    const options = [
      ...team.filter((c) => !c.inbox).map((c) => ({ value: 'contact:' + c.id, text: `${c.name} (${t('role.' + c.role)})` })),
      ...team.filter((c) => c.inbox).map((c) => ({ value: 'contact:' + c.id, text: t('contacts.inboxOf', { unit: c.name }) })),
      ...overview.courses.filter((c) => !team.some((m) => m.inbox && m.course === c.id))
        .filter((c, i, all) => all.findIndex((x) => x.unitName === c.unitName) === i)
        .map((c) => ({ value: 'course:' + c.id, text: t('contacts.inboxOf', { unit: c.unitName }) }))];
    const to = el('select', { id: 'compose-to' }, options.map((o) => el('option', { value: o.value }, o.text)));
    const subject = el('input', { id: 'compose-subject', type: 'text', maxlength: '200', required: true });
    const text = el('textarea', { id: 'compose-body', rows: '5', maxlength: '5000', required: true });
    const files = App.filePicker('compose-files');
    const compose = el('form', { id: 'compose', 'aria-labelledby': 'compose-heading' },
      el('label', { for: 'compose-to' }, t('compose.to')), to,
      el('label', { for: 'compose-subject' }, t('compose.subject')), subject,
      el('label', { for: 'compose-body' }, t('compose.body')), text,
      el('p', { class: 'meta' }, t('compose.hint')),
      files.nodes,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'compose-send' }, t('compose.send'))));
    compose.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const [kind, id] = to.value.split(':');
      const body = { subject: subject.value.trim(), body: text.value };
      body[kind] = id;
      try {
        body.attachments = await files.read();
        const sent = await api('POST', base + '/threads', body);
        flash = { kind: 'ok', text: t('compose.sent') };
        openThread = sent.thread;
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });

    const card = (c) => el('li', { class: 'card contact', 'data-contact': c.id },
      el('h3', {}, c.name, c.inbox ? [' ', el('span', { class: 'pill' }, t('contacts.shared'))] : null),
      el('p', { class: 'meta' }, c.inbox ? t('contacts.inboxIntro') : roleText(c)),
      el('p', { class: 'meta' }, c.unitName),
      c.phone ? el('p', {}, t('contacts.phone'), ' ', el('a', { href: 'tel:' + c.phone }, c.phone),
        c.phoneHours ? [' · ', t('contacts.phoneHours', { hours: c.phoneHours })] : null) : null,
      el('p', { class: 'meta' }, replyText(c.expectedReplyHours)),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'write-to', onclick: () => {
        to.value = 'contact:' + c.id;
        subject.focus();
      } }, t('contacts.writeTo', { name: c.inbox ? c.name : c.name.split(' ')[0] }))));

    App.fill(main,
      el('h1', {}, t('contacts.title')),
      el('p', {}, t('contacts.intro')),
      status,
      el('h2', { id: 'threads-heading' }, t('contacts.threads')),
      threads.threads.length === 0 ? el('p', {}, t('contacts.none')) :
        el('ul', { class: 'list', id: 'threads' }, threads.threads.map((th) => el('li', { class: 'card', 'data-thread': th.id },
          el('h3', {}, th.subject, ' ', unreadPill(th.unread)),
          el('p', { class: 'meta' }, t('contacts.with', { name: th.with }), ' · ', threadStatus(th)),
          el('p', { class: 'meta' }, t('contacts.last', { when: when(th.lastMessageAt) })),
          el('div', { class: 'actions' }, el('button', { type: 'button', class: 'open-thread', onclick: async () => {
            openThread = th.id;
            await page.redraw();
          } }, t('contacts.read'), el('span', { class: 'visually-hidden' }, ': ' + th.subject)))))),
      el('h2', { id: 'compose-heading' }, t('compose.title')),
      options.length ? compose : el('p', {}, t('contacts.nobody')),
      el('h2', {}, t('contacts.team')),
      el('ul', { class: 'list', id: 'team' }, team.map(card)));
  }

  function messageItem(m, status, onChange) {
    return el('li', { class: 'card message' + (m.mine ? ' mine' : ''), 'data-message': m.id },
      el('p', { class: 'meta' }, el('strong', {}, m.mine ? t('msg.you') : m.autoReply ? t('msg.auto') : m.byline ? m.byline[App.lang()] : (m.author || '—')),
        ' · ', when(m.sentAt)),
      m.body === null ? el('p', { class: 'note' }, t('msg.withdrawn')) : el('p', { class: 'body' }, m.body),
      App.attachmentList(m),
      m.mayWithdraw ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'withdraw', onclick: async () => {
        try {
          await api('POST', `/api/messages/${m.id}/withdraw`);
          flash = { kind: 'ok', text: t('msg.withdrawnDone') };
          await onChange();
        } catch (e) { say(status, 'error', explain(e)); }
      } }, t('msg.withdraw'))) : null);
  }

  // A thread, newest message first, with the reply form on top and older messages page by page.
  async function threadView(main, me, id) {
    const data = await api('GET', `/api/threads/${id}/messages`);
    const status = statusRegion();
    const redraw = async () => { await page.redraw(); document.getElementById('status').focus(); };
    const list = el('ol', { class: 'list messages', id: 'messages' }, data.messages.map((m) => messageItem(m, status, redraw)));
    const more = el('div', { class: 'actions' });
    function moreButton(next) {
      more.replaceChildren(next ? el('button', { type: 'button', id: 'older', onclick: async () => {
        try {
          const older = await api('GET', `/api/threads/${id}/messages?cursor=${encodeURIComponent(next)}`);
          const items = older.messages.map((m) => messageItem(m, status, redraw));
          list.append(...items);
          moreButton(older.next);
          if (items[0]) { items[0].setAttribute('tabindex', '-1'); items[0].focus(); }
        } catch (e) { say(status, 'error', explain(e)); }
      } }, t('contacts.older')) : null);
    }
    moreButton(data.next);
    const reply = App.replyForm(id, status, async () => {
      flash = { kind: 'ok', text: t('reply.sent') };
      await redraw();
    });
    App.fill(main,
      el('h1', {}, data.thread.subject),
      el('p', { class: 'meta' }, t('contacts.with', { name: data.thread.with }), ' · ', threadStatus(data.thread)),
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'back', onclick: async () => {
        openThread = null;
        await page.redraw();
        const h = document.getElementById('threads-heading');
        if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
      } }, t('contacts.back'))),
      status,
      reply,
      el('h2', { class: 'visually-hidden' }, t('contacts.messages')),
      list,
      more);
    // reading marked the thread read: the badge follows
    api('GET', `/api/citizens/${me.citizenId}/threads`).then((d) => badge(d.unread, 'contacts')).catch(() => {});
  }

  // ---- relatives, in the settings

  function relativesSection(me, grants, status) {
    const scopes = ['READ_PLAN', 'MANAGE_APPOINTMENTS', 'READ_MESSAGES', 'WRITE_MESSAGES', 'READ_MATERIAL', 'RECEIVE_REMINDERS'];
    const shown = grants;
    const name = el('input', { id: 'rel-name', type: 'text', autocomplete: 'off', required: true, maxlength: '200' });
    const relation = el('input', { id: 'rel-relation', type: 'text', required: true, maxlength: '60' });
    const boxes = scopes.map((sc) => el('label', { class: 'choice' },
      el('input', { type: 'checkbox', name: 'scope', value: sc, checked: sc === 'READ_PLAN' }), t('scope.' + sc)));
    const expires = el('input', { id: 'rel-expires', type: 'date' });
    const form = el('form', { id: 'grant-form' },
      el('label', { for: 'rel-name' }, t('rel.name')), name,
      el('label', { for: 'rel-relation' }, t('rel.relation')), relation,
      el('fieldset', {}, el('legend', {}, t('rel.scopes')), boxes),
      el('label', { for: 'rel-expires' }, t('rel.expires')), expires,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'grant-save' }, t('rel.save'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const given = await api('POST', `/api/citizens/${me.citizenId}/grants`, {
          name: name.value.trim(), relation: relation.value.trim(),
          scopes: [...form.querySelectorAll('input[name=scope]:checked')].map((b) => b.value),
          expires: expires.value || null });
        flash = { kind: 'ok', text: t('rel.given', { name: given.relativeName }) };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    return el('section', { 'aria-labelledby': 'rel-heading' },
      el('h2', { id: 'rel-heading' }, t('rel.title')),
      el('p', {}, t('rel.intro')),
      shown.length === 0 ? el('p', {}, t('rel.none')) :
        el('ul', { class: 'list', id: 'grants' }, shown.map((g) => el('li', { class: 'card', 'data-grant': g.id },
          el('h3', {}, g.relativeName, ' ', el('span', { class: 'pill' }, g.active ? t('rel.active') : t('rel.ended'))),
          el('p', { class: 'meta' }, g.relation),
          el('p', {}, t('rel.may'), ' ', g.scopes.map((sc) => t('scope.' + sc)).join(', '), '.'),
          el('p', { class: 'meta' }, g.revokedAt ? t('rel.revokedAt', { date: App.date(g.revokedAt) })
            : g.expiresAt ? t('rel.until', { date: App.date(new Date(new Date(g.expiresAt).getTime() - 1).toISOString()) })
              : t('rel.noExpiry')),
          g.active ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'revoke',
            onclick: async () => {
              try {
                await api('POST', `/api/grants/${g.id}/revoke`, { version: g.version });
                flash = { kind: 'ok', text: t('rel.revoked', { name: g.relativeName }) };
                await page.redraw();
                document.getElementById('status').focus();
              } catch (e) { say(status, 'error', explain(e)); }
            } }, t('rel.revoke'), el('span', { class: 'visually-hidden' }, ': ' + g.relativeName))) : null))),
      el('details', { id: 'grant-details' }, el('summary', {}, t('rel.give')), form));
  }

  // ---- Min log and the citizen's data, in the settings

  function logEntry(e) {
    const who = e.actorKind === 'SYSTEM' ? t('log.system') : e.who;
    return el('li', { class: 'card' },
      el('p', { class: 'meta' }, when(e.at)),
      el('p', {}, el('strong', {}, who), e.role ? ' · ' + e.role : '', e.onBehalfOf ? ' · ' + t('log.forYou') : ''),
      el('p', {}, e.purpose));
  }

  async function logSection(me, status) {
    const first = await api('GET', `/api/citizens/${me.citizenId}/access-log`);
    const list = el('ul', { class: 'list', id: 'access-log' }, first.entries.map(logEntry));
    const more = el('div', { class: 'actions' });
    function moreButton(log) {
      more.replaceChildren(log.hasMore ? el('button', { type: 'button', id: 'log-older', onclick: async () => {
        try {
          const older = await api('GET', `/api/citizens/${me.citizenId}/access-log?page=${log.page + 1}`);
          const items = older.entries.map(logEntry);
          list.append(...items);
          moreButton(older);
          if (items[0]) { items[0].setAttribute('tabindex', '-1'); items[0].focus(); }
        } catch (e) { say(status, 'error', explain(e)); }
      } }, t('log.older')) : null);
    }
    moreButton(first);
    return el('section', { 'aria-labelledby': 'log-heading' },
      el('h2', { id: 'log-heading' }, t('log.title')),
      el('p', {}, t('log.intro')),
      first.entries.length ? list : el('p', {}, t('log.none')),
      more);
  }

  function dataSection(me) {
    return el('section', { 'aria-labelledby': 'data-heading' },
      el('h2', { id: 'data-heading' }, t('data.title')),
      el('p', {}, t('data.intro')),
      el('p', {}, el('a', { id: 'data-download', href: `/api/citizens/${me.citizenId}/personal-data`,
        download: 'mine-data.json' }, t('data.download'))));
  }

  // ---- calendar feed, in the settings

  function feedSection(me, status) {
    const out = el('div', { id: 'feed-result' });
    return el('section', { 'aria-labelledby': 'feed-heading' },
      el('h2', { id: 'feed-heading' }, t('feed.title')),
      el('p', {}, t('feed.intro')),
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'feed-issue', onclick: async () => {
          try {
            const feed = await api('POST', `/api/citizens/${me.citizenId}/calendar-feed`);
            out.replaceChildren(el('p', {}, t('feed.issued')),
              el('label', { for: 'feed-url' }, t('feed.address')),
              el('input', { id: 'feed-url', type: 'text', readonly: true, value: feed.webcal }));
            document.getElementById('feed-url').select();
          } catch (e) { say(status, 'error', explain(e)); }
        } }, t('feed.issue')),
        el('button', { type: 'button', id: 'feed-revoke', onclick: async () => {
          try {
            await api('DELETE', `/api/citizens/${me.citizenId}/calendar-feed`);
            out.replaceChildren();
            say(status, 'ok', t('feed.revoked'));
          } catch (e) { say(status, 'error', explain(e)); }
        } }, t('feed.revoke'))),
      out);
  }

  // ---- a relative's own page: whom they act for, and how they are reached

  async function mine(main, me) {
    const [grants, contact] = await Promise.all([
      api('GET', '/api/relatives/me/grants'), api('GET', '/api/relatives/me/contact')]);
    const status = statusRegion();
    const language = el('select', { id: 'mine-language' }, ['DA', 'EN'].map((l) =>
      el('option', { value: l, selected: contact.language === l }, t('mine.lang.' + l))));
    const boxes = ['EMAIL', 'SMS'].map((c) => el('label', { class: 'choice' },
      el('input', { type: 'checkbox', name: 'mine-channel', value: c, checked: contact.channels.includes(c) }), t('channel.' + c)));
    const email = el('input', { id: 'mine-email', type: 'email', autocomplete: 'email', value: contact.email || '' });
    const phone = el('input', { id: 'mine-phone', type: 'tel', autocomplete: 'tel', value: contact.phone || '' });
    const form = el('form', { id: 'mine-contact', 'aria-labelledby': 'mine-contact-heading' },
      el('label', { for: 'mine-language' }, t('mine.language')), language,
      el('fieldset', {}, el('legend', {}, t('mine.channels')), boxes),
      el('label', { for: 'mine-email' }, t('settings.email')), email,
      el('label', { for: 'mine-phone' }, t('settings.phone')), phone,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'mine-save' }, t('settings.save'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const channels = [...form.querySelectorAll('input[name=mine-channel]:checked')].map((b) => b.value);
      try {
        await api('PUT', '/api/relatives/me/contact', {
          language: language.value, channels, email: email.value.trim() || null, phone: phone.value.trim() || null });
        flash = { kind: 'ok', text: t('mine.saved') };
        await page.redraw();
        document.getElementById('status').focus();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    App.fill(main,
      el('h1', {}, t('section.mine')),
      el('p', {}, t('mine.intro', { name: contact.name })),
      status,
      el('h2', { id: 'mine-grants-heading' }, t('mine.grants')),
      grants.length === 0 ? el('p', {}, t('mine.noGrants')) :
        el('ul', { class: 'list', id: 'mine-grants', 'aria-labelledby': 'mine-grants-heading' }, grants.map((g) =>
          el('li', { class: 'card', 'data-grant': g.id },
            el('h3', {}, g.citizenName, ' ', el('span', { class: 'pill' }, g.active ? t('rel.active') : t('rel.ended'))),
            el('p', { class: 'meta' }, g.relation),
            el('p', {}, t('rel.may'), ': ', g.scopes.map((sc) => t('scope.' + sc)).join(', ')),
            el('p', { class: 'meta' }, g.revokedAt ? t('rel.revokedAt', { date: App.date(g.revokedAt) })
              : g.expiresAt ? t('rel.until', { date: App.date(new Date(new Date(g.expiresAt).getTime() - 1).toISOString()) }) : t('rel.noExpiry'))))),
      el('h2', { id: 'mine-contact-heading' }, t('mine.contact')),
      el('p', {}, t('mine.contactIntro')),
      form);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    page = await App.frame({ plan, contacts, network, material, notifications, settings, mine });
  });
})();
