// Shared by every page: language, texts, the API client, small DOM helpers and the page frame.
'use strict';

const App = (() => {
  let lang = localStorage.getItem('lang') === 'en' ? 'en' : 'da';
  const ZONE = 'Europe/Copenhagen';
  const listeners = [];

  function t(key, vars) {
    let s = (TEXTS[lang] && TEXTS[lang][key]) || TEXTS.da[key] || key;
    if (vars) {
      for (const [k, v] of Object.entries(vars)) s = s.split('{' + k + '}').join(String(v));
    }
    return s;
  }

  function setLang(next) {
    lang = next;
    localStorage.setItem('lang', next);
    document.documentElement.lang = next;
    translateStatic();
    listeners.forEach((fn) => fn());
  }

  function onLangChange(fn) { listeners.push(fn); }

  function translateStatic() {
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.title = t(document.body.dataset.title || 'app.name') + ' – ' + t('app.name');
  }

  // Builds an element: el('p', {class: 'meta'}, 'text', child, ...)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (v === true) node.setAttribute(k, '');
      else node.setAttribute(k, v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // Replaces a node's children; nested arrays are flattened and empty parts left out.
  function fill(node, ...children) {
    node.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false)
      .map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
  }

  function locale() { return lang === 'en' ? 'en-GB' : 'da-DK'; }

  function when(iso) {
    return new Intl.DateTimeFormat(locale(), {
      weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: ZONE,
    }).format(new Date(iso));
  }

  function time(iso) {
    return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(new Date(iso));
  }

  function date(iso) {
    return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE }).format(new Date(iso));
  }

  function percent(rate) {
    return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
  }

  class ApiError extends Error {
    constructor(problem) { super(problem.detail || problem.title); this.problem = problem; }
  }

  async function api(method, path, body) {
    const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    if (res.status === 204) return null;
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError({ status: res.status, ...data });
    return data;
  }

  // A problem+json as a sentence for a person, in the chosen language.
  function explain(error) {
    const p = error && error.problem;
    if (!p) return t('error.generic');
    if (p.status === 401) return t('error.notSignedIn');
    if (p.status === 409) return t('error.conflict');
    if (p.status === 422 && p.rule && TEXTS.da['rule.' + p.rule]) return t('rule.' + p.rule);
    if (p.status === 400 && p.field) return t('error.field', { field: p.field, rule: p.rule });
    return p.detail || t('error.generic');
  }

  // An unread count: the number to see, and the words for a screen reader (an aria-label on a
  // plain span is not announced, and axe rightly flags it).
  function unread(n) {
    return [el('span', { 'aria-hidden': 'true' }, String(n)), el('span', { class: 'visually-hidden' }, ' ' + t('notif.unreadCount', { n }))];
  }

  // Sets the badge of a section in the navigation.
  function badge(section, n) {
    const b = document.getElementById('badge-' + section);
    if (!b) return;
    b.removeAttribute('aria-label');
    b.className = n ? 'badge' : '';
    b.replaceChildren(...(n ? unread(n) : []));
  }

  function say(region, kind, text) {
    region.className = 'status ' + kind;
    region.textContent = text;
    if (kind === 'error' || kind === 'ok') region.focus();
  }

  // The frame of a signed-in page: header with name, language toggle and sign-out, and the
  // navigation built from the sections the server lists for this person.
  async function frame(renderers) {
    document.documentElement.lang = lang;
    let me;
    try {
      me = await api('GET', '/api/me');
    } catch (e) {
      location.href = '/';
      return null;
    }
    const header = document.getElementById('site-header');
    const nav = document.getElementById('sections');
    const main = document.getElementById('main');
    const sections = me.sections.filter((s) => renderers[s]);
    const current = () => {
      const s = location.hash.replace('#', '');
      return sections.includes(s) ? s : sections[0];
    };
    function drawHeader() {
      header.replaceChildren(
        el('p', { class: 'brand' }, t('app.name')),
        el('p', { class: 'who', id: 'who' }, t('signed.as', { name: me.name, level: t('level.' + me.level) })),
        el('div', { class: 'tools' },
          el('button', { type: 'button', id: 'lang-toggle', lang: lang === 'da' ? 'en' : 'da',
            onclick: () => setLang(lang === 'da' ? 'en' : 'da') }, t('lang.toggle')),
          el('button', { type: 'button', id: 'sign-out', onclick: async () => {
            await api('POST', '/api/sign-out'); location.href = '/';
          } }, t('signout'))));
    }
    // a relative acts for a citizen: said plainly on every page, with what the grant allows
    function drawActingFor() {
      const old = document.getElementById('acting-for');
      if (old) old.remove();
      if (!me.actingFor) return;
      const scopes = me.actingFor.scopes.map((s) => t('scope.' + s));
      header.after(el('p', { class: 'acting-for', id: 'acting-for', role: 'note' },
        el('strong', {}, t('acting.for', { name: me.actingFor.name })), ' ',
        scopes.length ? t('acting.may', { scopes: scopes.join(', ') }) : t('acting.nothing')));
    }
    function drawNav() {
      const cur = current();
      nav.setAttribute('aria-label', t('app.name'));
      nav.replaceChildren(el('ul', {}, sections.map((s) => el('li', {},
        el('a', { href: '#' + s, id: 'nav-' + s, 'aria-current': s === cur ? 'page' : null },
          t('section.' + s), el('span', { id: 'badge-' + s }))))));
    }
    async function draw(focus) {
      drawHeader();
      drawActingFor();
      drawNav();
      const s = current();
      if (!s) {
        fill(main, el('h1', {}, t('app.name')), el('p', {}, t('sections.none')));
        return;
      }
      fill(main, el('p', {}, t('loading')));
      main.setAttribute('aria-busy', 'true');
      try {
        await renderers[s](main, me);
      } catch (e) {
        fill(main, el('p', { class: 'status error', role: 'alert' }, explain(e)));
      }
      main.removeAttribute('aria-busy');
      if (focus) {
        const h1 = main.querySelector('h1');
        if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus(); }
      }
    }
    window.addEventListener('hashchange', () => { if (sections.includes(location.hash.slice(1))) draw(true); });
    onLangChange(() => draw(false));
    translateStatic();
    await draw(false);
    return { me, redraw: () => draw(false) };
  }

  // the skip link moves focus without changing the hash, which names the section
  document.addEventListener('click', (ev) => {
    const link = ev.target.closest && ev.target.closest('.skip-link');
    if (link) { ev.preventDefault(); document.getElementById('main').focus(); }
  });

  // The form to answer in a thread, on the citizen's and the staff page alike; onSent runs once the
  // answer is stored, and a refusal is said in the status element.
  function replyForm(threadId, status, onSent) {
    const text = el('textarea', { id: 'reply-body', rows: '4', maxlength: '5000', required: true });
    const files = filePicker('reply-files');
    const form = el('form', { id: 'reply' },
      el('label', { for: 'reply-body' }, t('reply.label')), text,
      files.nodes,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'reply-send' }, t('reply.send'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', `/api/threads/${threadId}/messages`, { body: text.value, attachments: await files.read() });
        await onSent();
      } catch (e) { say(status, 'error', explain(e)); }
    });
    return form;
  }

  // ---- attachments. The SDK's limits come from the server; the server checks them again.
  let attachmentRules = null;
  async function rules() {
    if (!attachmentRules) attachmentRules = await api('GET', '/api/attachment-rules');
    return attachmentRules;
  }

  function sizeText(bytes) {
    if (bytes < 1024) return t('att.bytes', { n: bytes });
    if (bytes < 1024 * 1024) return t('att.kb', { n: Math.ceil(bytes / 1024) });
    return t('att.mb', { n: (bytes / (1024 * 1024)).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }) });
  }

  // A file chooser with the limits as its hint; read() gives the chosen files as the API takes
  // them, or throws a problem naming the file that breaks a limit.
  function filePicker(id) {
    const input = el('input', { id, type: 'file', multiple: true, 'aria-describedby': id + '-hint' });
    const hint = el('p', { class: 'meta', id: id + '-hint' });
    rules().then((r) => {
      input.setAttribute('accept', r.contentTypes.join(','));
      hint.textContent = t('att.hint', { n: r.maxPerMessage, mb: Math.round(r.maxSize / (1024 * 1024)) });
    }).catch(() => {});
    async function read() {
      const chosen = [...input.files];
      if (chosen.length === 0) return [];
      const r = await rules();
      if (chosen.length > r.maxPerMessage) throw { problem: { status: 0, detail: t('att.tooMany', { n: r.maxPerMessage }) } };
      const out = [];
      for (const f of chosen) {
        if (f.size > r.maxSize) throw { problem: { status: 0, detail: t('att.tooBig', { name: f.name, mb: Math.round(r.maxSize / (1024 * 1024)) }) } };
        if (!r.contentTypes.includes(f.type)) throw { problem: { status: 0, detail: t('att.type', { name: f.name }) } };
        const url = await new Promise((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result);
          reader.onerror = () => reject(reader.error);
          reader.readAsDataURL(f);
        });
        out.push({ fileName: f.name, contentType: f.type, content: String(url).split(',')[1] });
      }
      return out;
    }
    return { nodes: [el('label', { for: id }, t('att.label')), input, hint], read };
  }

  // The attachments of a message as download links; the name is shown as text, never as a path.
  function attachmentList(m) {
    if (!m.attachments || m.attachments.length === 0) return null;
    return el('ul', { class: 'attachments', 'aria-label': t('att.list') }, m.attachments.map((a) =>
      el('li', {}, el('a', { href: a.download, download: '', class: 'attachment', 'data-attachment': a.id },
        a.fileName), ' ', el('span', { class: 'meta' }, '(' + sizeText(a.size) + ')'))));
  }

  return { t, el, fill, api, explain, say, unread, badge, when, time, date, percent, frame, setLang, onLangChange,
    translateStatic, lang: () => lang, replyForm, filePicker, attachmentList };
})();
