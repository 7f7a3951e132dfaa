/* Jack The Butler: the hotel's web chat widget. Plain JavaScript, no build step.
 * Embed with: <script src="https://HUB/webchat/widget.js" async></script>
 * Optional attributes: data-lang="en|es|fr|de|pt|ar", data-open="true".
 * Protocol: see docs/API.md, "Guest web chat". */
(function () {
  'use strict';
  if (window.__jackWebchat) return;
  window.__jackWebchat = true;

  var script = document.currentScript ||
    document.querySelector('script[src*="/webchat/widget.js"]');
  if (!script) return;
  var hub = new URL(script.src, location.href).origin;
  var storageKey = 'jack-webchat-token:' + hub;

  var TEXTS = {
    en: { open: 'Chat with us', close: 'Close chat', placeholder: 'Write a message…', send: 'Send',
      greeting: 'Hello! How can we help you?', you: 'You', jack: 'Jack', staff: 'Hotel team',
      verifyLink: 'Have a booking? Verify it', reference: 'Booking reference', lastName: 'Last name',
      verify: 'Verify', verified: 'Thank you, {name}. Your booking is linked to this chat.',
      verifyFailed: 'We could not find that booking. {n} attempts left.',
      locked: 'Too many attempts. Please ask us in the chat instead.',
      tooLong: 'This message is too long (at most {n} characters).',
      slowDown: 'You are sending messages too quickly. Please wait a moment.',
      unavailable: 'The chat is not available right now.', connecting: 'Connecting…',
      offline: 'Reconnecting…', notSent: 'Not sent yet', typing: 'typing…', jackTyping: 'Jack is typing…' },
    es: { open: 'Chatea con nosotros', close: 'Cerrar el chat', placeholder: 'Escribe un mensaje…',
      send: 'Enviar', greeting: '¡Hola! ¿En qué podemos ayudarte?', you: 'Tú', jack: 'Jack',
      staff: 'Equipo del hotel', verifyLink: '¿Tienes una reserva? Verifícala',
      reference: 'Número de reserva', lastName: 'Apellido', verify: 'Verificar',
      verified: 'Gracias, {name}. Tu reserva está vinculada a este chat.',
      verifyFailed: 'No encontramos esa reserva. Quedan {n} intentos.',
      locked: 'Demasiados intentos. Pregúntanos en el chat.',
      tooLong: 'El mensaje es demasiado largo (máximo {n} caracteres).',
      slowDown: 'Estás enviando mensajes muy rápido. Espera un momento.',
      unavailable: 'El chat no está disponible ahora mismo.', connecting: 'Conectando…',
      offline: 'Reconectando…', notSent: 'Aún no enviado', typing: 'escribiendo…', jackTyping: 'Jack está escribiendo…' },
    fr: { open: 'Discutez avec nous', close: 'Fermer la discussion', placeholder: 'Écrivez un message…',
      send: 'Envoyer', greeting: 'Bonjour ! Comment pouvons-nous vous aider ?', you: 'Vous',
      jack: 'Jack', staff: 'Équipe de l’hôtel', verifyLink: 'Vous avez une réservation ? Vérifiez-la',
      reference: 'Numéro de réservation', lastName: 'Nom de famille', verify: 'Vérifier',
      verified: 'Merci, {name}. Votre réservation est liée à cette discussion.',
      verifyFailed: 'Réservation introuvable. Encore {n} essais.',
      locked: 'Trop d’essais. Demandez-nous directement dans la discussion.',
      tooLong: 'Ce message est trop long ({n} caractères au plus).',
      slowDown: 'Vous envoyez des messages trop vite. Patientez un instant.',
      unavailable: 'La discussion n’est pas disponible pour le moment.', connecting: 'Connexion…',
      offline: 'Reconnexion…', notSent: 'Pas encore envoyé', typing: 'écrit…', jackTyping: 'Jack écrit…' },
    de: { open: 'Chatten Sie mit uns', close: 'Chat schließen', placeholder: 'Nachricht schreiben…',
      send: 'Senden', greeting: 'Hallo! Wie können wir Ihnen helfen?', you: 'Sie', jack: 'Jack',
      staff: 'Hotelteam', verifyLink: 'Sie haben eine Buchung? Bestätigen Sie sie',
      reference: 'Buchungsnummer', lastName: 'Nachname', verify: 'Bestätigen',
      verified: 'Danke, {name}. Ihre Buchung ist mit diesem Chat verknüpft.',
      verifyFailed: 'Diese Buchung wurde nicht gefunden. Noch {n} Versuche.',
      locked: 'Zu viele Versuche. Fragen Sie uns bitte direkt im Chat.',
      tooLong: 'Diese Nachricht ist zu lang (höchstens {n} Zeichen).',
      slowDown: 'Sie senden zu schnell. Bitte warten Sie einen Moment.',
      unavailable: 'Der Chat ist gerade nicht verfügbar.', connecting: 'Verbinde…',
      offline: 'Verbinde erneut…', notSent: 'Noch nicht gesendet', typing: 'schreibt…', jackTyping: 'Jack schreibt…' },
    pt: { open: 'Fale connosco', close: 'Fechar o chat', placeholder: 'Escreva uma mensagem…',
      send: 'Enviar', greeting: 'Olá! Como podemos ajudar?', you: 'Você', jack: 'Jack',
      staff: 'Equipa do hotel', verifyLink: 'Tem uma reserva? Verifique-a',
      reference: 'Número da reserva', lastName: 'Apelido', verify: 'Verificar',
      verified: 'Obrigado, {name}. A sua reserva está ligada a este chat.',
      verifyFailed: 'Não encontrámos essa reserva. Restam {n} tentativas.',
      locked: 'Demasiadas tentativas. Pergunte-nos no chat.',
      tooLong: 'A mensagem é demasiado longa (no máximo {n} caracteres).',
      slowDown: 'Está a enviar mensagens depressa demais. Aguarde um momento.',
      unavailable: 'O chat não está disponível de momento.', connecting: 'A ligar…',
      offline: 'A ligar de novo…', notSent: 'Ainda não enviado', typing: 'a escrever…', jackTyping: 'O Jack está a escrever…' },
    ar: { open: 'تحدث معنا', close: 'إغلاق المحادثة', placeholder: 'اكتب رسالة…', send: 'إرسال',
      greeting: 'مرحبًا! كيف يمكننا مساعدتك؟', you: 'أنت', jack: 'جاك', staff: 'فريق الفندق',
      verifyLink: 'لديك حجز؟ تحقق منه', reference: 'رقم الحجز', lastName: 'اسم العائلة',
      verify: 'تحقق', verified: 'شكرًا، {name}. تم ربط حجزك بهذه المحادثة.',
      verifyFailed: 'لم نعثر على هذا الحجز. المحاولات المتبقية: {n}.',
      locked: 'محاولات كثيرة جدًا. يرجى سؤالنا في المحادثة.',
      tooLong: 'الرسالة طويلة جدًا (الحد الأقصى {n} حرفًا).',
      slowDown: 'أنت ترسل الرسائل بسرعة كبيرة. يرجى الانتظار قليلًا.',
      unavailable: 'المحادثة غير متاحة حاليًا.', connecting: 'جارٍ الاتصال…',
      offline: 'جارٍ إعادة الاتصال…', notSent: 'لم تُرسل بعد', typing: 'يكتب…', jackTyping: 'جاك يكتب…' }
  };
  var RTL = { ar: true };

  function pickLanguage() {
    var wanted = [script.getAttribute('data-lang')].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (TEXTS[code]) return code;
    }
    return 'en';
  }
  var lang = pickLanguage();
  var t = TEXTS[lang];
  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, k) { return values[k] == null ? '' : values[k]; });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }
  function randomId() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  var config = null;
  var socket = null;
  var connected = false;
  var retryMs = 1000;
  var stopped = false;
  var pending = {}; // clientId -> {text, node}: resent after a reconnect until acknowledged
  var shown = {}; // message ids already on screen
  var maxLength = 2000;
  var lastTyping = 0;
  var typingTimer = null;
  var lastReplyAt = 0;
  var TYPING_MS = 25000; // the "Jack is typing…" bubble gives up after this long
  var ui = {};

  function build() {
    var link = el('link', { rel: 'stylesheet', href: hub + '/webchat/widget.css' });
    document.head.appendChild(link);
    var root = el('div', { 'class': 'jtb-root', dir: RTL[lang] ? 'rtl' : 'ltr', lang: lang });
    root.style.setProperty('--jtb-primary', config.primaryColor || '#1f5f8b');
    var panelId = 'jtb-panel-' + randomId().slice(0, 6);
    ui.bubble = el('button', { type: 'button', 'class': 'jtb-bubble', 'aria-label': t.open,
      'aria-expanded': 'false', 'aria-controls': panelId });
    ui.bubble.innerHTML = '<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">' +
      '<path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';
    ui.title = el('h2', { 'class': 'jtb-title', text: config.title || t.open });
    ui.close = el('button', { type: 'button', 'class': 'jtb-close', 'aria-label': t.close, text: '×' });
    ui.status = el('div', { 'class': 'jtb-status', role: 'status', 'aria-live': 'polite' });
    ui.log = el('div', { 'class': 'jtb-log', role: 'log', 'aria-live': 'polite', tabindex: '0' });
    // Shown while an answer is on its way: after our message is acknowledged, until a reply.
    ui.typing = el('div', { 'class': 'jtb-typing', role: 'status', 'aria-live': 'polite', hidden: '' }, [
      el('span', { 'class': 'jtb-typing-dots', 'aria-hidden': 'true' }, [el('span'), el('span'), el('span')]),
      el('span', { 'class': 'jtb-typing-text', text: t.jackTyping })
    ]);
    ui.verifyToggle = el('button', { type: 'button', 'class': 'jtb-link jtb-verify-toggle', text: t.verifyLink });
    ui.reference = el('input', { 'class': 'jtb-reference', 'aria-label': t.reference, placeholder: t.reference, autocomplete: 'off' });
    ui.lastName = el('input', { 'class': 'jtb-lastname', 'aria-label': t.lastName, placeholder: t.lastName, autocomplete: 'family-name' });
    ui.verifyButton = el('button', { type: 'submit', 'class': 'jtb-verify-button', text: t.verify });
    ui.verifyForm = el('form', { 'class': 'jtb-verify', hidden: '' }, [ui.reference, ui.lastName, ui.verifyButton]);
    ui.input = el('textarea', { 'class': 'jtb-input', rows: '1', 'aria-label': t.placeholder, placeholder: t.placeholder });
    ui.send = el('button', { type: 'submit', 'class': 'jtb-send', 'aria-label': t.send, text: t.send });
    ui.form = el('form', { 'class': 'jtb-form' }, [ui.input, ui.send]);
    ui.panel = el('div', { id: panelId, 'class': 'jtb-panel', role: 'dialog', 'aria-label': config.title || t.open, hidden: '' }, [
      el('div', { 'class': 'jtb-header' }, [ui.title, ui.close]),
      ui.status, ui.log, ui.typing, el('div', { 'class': 'jtb-verify-area' }, [ui.verifyToggle, ui.verifyForm]), ui.form
    ]);
    root.appendChild(ui.panel);
    root.appendChild(ui.bubble);
    document.body.appendChild(root);
    ui.root = root;

    addLine({ id: 'greeting', from: 'hotel', text: config.greeting || t.greeting }, true);

    ui.bubble.addEventListener('click', function () { setOpen(ui.panel.hidden); });
    ui.close.addEventListener('click', function () { setOpen(false); });
    ui.panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false); });
    ui.form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
    ui.input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
    });
    ui.input.addEventListener('input', function () {
      var now = Date.now();
      if (connected && now - lastTyping > 3000) { lastTyping = now; send({ type: 'typing', on: true }); }
    });
    ui.verifyToggle.addEventListener('click', function () {
      ui.verifyForm.hidden = !ui.verifyForm.hidden;
      if (!ui.verifyForm.hidden) ui.reference.focus();
    });
    ui.verifyForm.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!ui.reference.value.trim() || !ui.lastName.value.trim()) return;
      send({ type: 'verify', bookingReference: ui.reference.value.trim(), lastName: ui.lastName.value.trim() });
    });
    document.addEventListener('visibilitychange', markRead);
  }

  function setOpen(open) {
    ui.panel.hidden = !open;
    ui.bubble.setAttribute('aria-expanded', open ? 'true' : 'false');
    ui.root.classList.toggle('jtb-open', open);
    if (open) {
      connect();
      ui.input.focus();
      ui.log.scrollTop = ui.log.scrollHeight;
      markRead();
    } else {
      ui.bubble.focus();
    }
  }

  function setStatus(text) {
    ui.status.textContent = text || '';
    ui.status.hidden = !text;
  }

  function addLine(message, local) {
    if (message.id && shown[message.id]) return shown[message.id];
    var who = message.from === 'guest' ? t.you : message.from === 'jack' ? t.jack : t.staff;
    var node = el('div', { 'class': 'jtb-msg jtb-from-' + message.from, 'data-from': message.from }, [
      el('span', { 'class': 'jtb-who', text: who }),
      el('p', { 'class': 'jtb-text', text: message.text })
    ]);
    if (message.id && !local) node.setAttribute('data-id', message.id);
    if (message.id) shown[message.id] = node;
    ui.log.appendChild(node);
    ui.log.scrollTop = ui.log.scrollHeight;
    return node;
  }

  function showTyping(on) {
    clearTimeout(typingTimer);
    typingTimer = on ? setTimeout(function () { showTyping(false); }, TYPING_MS) : null;
    ui.typing.hidden = !on;
    if (on) ui.log.scrollTop = ui.log.scrollHeight;
  }

  function send(frame) {
    if (socket && connected) socket.send(JSON.stringify(frame));
  }

  function submit() {
    var text = ui.input.value.trim();
    if (!text) return;
    if (Array.from(text).length > maxLength) { setStatus(fmt(t.tooLong, { n: maxLength })); return; }
    var clientId = randomId();
    var node = addLine({ from: 'guest', text: text }, true);
    node.classList.add('jtb-pending');
    node.setAttribute('data-client-id', clientId);
    pending[clientId] = { text: text, node: node, at: Date.now() };
    ui.input.value = '';
    send({ type: 'message', clientId: clientId, text: text });
    connect();
  }

  var unreadIds = [];
  function markRead() {
    if (!ui.panel || ui.panel.hidden || document.hidden || !unreadIds.length) return;
    send({ type: 'receipt', status: 'read', messageIds: unreadIds });
    unreadIds = [];
  }
  function received(ids) {
    if (!ids.length) return;
    send({ type: 'receipt', status: 'delivered', messageIds: ids });
    unreadIds = unreadIds.concat(ids);
    markRead();
  }

  function onFrame(frame) {
    switch (frame.type) {
      case 'welcome':
        if (frame.token) localStorage.setItem(storageKey, frame.token);
        retryMs = 1000;
        setStatus('');
        if (frame.config && frame.config.maxMessageLength) maxLength = frame.config.maxMessageLength;
        if (frame.verified) ui.verifyToggle.hidden = true;
        var fresh = [];
        (frame.history || []).forEach(function (m) {
          if (m.from === 'guest' && m.clientId && pending[m.clientId]) {
            pending[m.clientId].node.classList.remove('jtb-pending');
            pending[m.clientId].node.setAttribute('data-id', m.id);
            shown[m.id] = pending[m.clientId].node;
            delete pending[m.clientId];
            return;
          }
          if (!shown[m.id] && m.from !== 'guest' && m.status !== 'read') fresh.push(m.id);
          addLine(m);
        });
        received(fresh);
        Object.keys(pending).forEach(function (id) {
          send({ type: 'message', clientId: id, text: pending[id].text });
        });
        break;
      case 'ack':
        var p = pending[frame.clientId];
        if (p) {
          p.node.classList.remove('jtb-pending');
          p.node.setAttribute('data-id', frame.messageId);
          shown[frame.messageId] = p.node;
          delete pending[frame.clientId];
          if (lastReplyAt <= p.at) showTyping(true); // unless the answer came first
        }
        break;
      case 'reply':
      case 'message':
        var isNew = !shown[frame.message.id];
        addLine(frame.message);
        if (frame.type === 'reply' && isNew) received([frame.message.id]);
        if (frame.type === 'reply') { lastReplyAt = Date.now(); showTyping(false); }
        break;
      case 'verified':
        ui.verifyForm.hidden = true;
        ui.verifyToggle.hidden = true;
        addLine({ from: 'hotel', text: fmt(t.verified, { name: frame.firstName || '' }) }, true);
        break;
      case 'verify_failed':
        setStatus(frame.locked ? t.locked : fmt(t.verifyFailed, { n: frame.attemptsLeft }));
        if (frame.locked) { ui.verifyForm.hidden = true; ui.verifyToggle.hidden = true; }
        break;
      case 'error':
        onError(frame);
        break;
    }
  }

  function onError(frame) {
    var failed = frame.clientId && pending[frame.clientId];
    if (frame.code === 'TOO_LONG') setStatus(fmt(t.tooLong, { n: frame.limit || maxLength }));
    else if (frame.code === 'RATE_LIMITED') setStatus(t.slowDown);
    else if (frame.code === 'CHAT_UNAVAILABLE' || frame.code === 'ORIGIN_REFUSED') { stopped = true; setStatus(t.unavailable); }
    if (failed && frame.code !== 'NOT_STORED') {
      // Refused for good: the guest can edit and send again.
      failed.node.classList.remove('jtb-pending');
      failed.node.classList.add('jtb-failed');
      failed.node.setAttribute('title', t.notSent);
      if (!ui.input.value) ui.input.value = failed.text;
      delete pending[frame.clientId];
    }
  }

  function connect() {
    if (socket || stopped) return;
    setStatus(t.connecting);
    socket = new WebSocket(hub.replace(/^http/, 'ws') + '/webchat/ws');
    socket.onopen = function () {
      connected = true;
      socket.send(JSON.stringify({ type: 'hello', token: localStorage.getItem(storageKey) || undefined, lang: lang }));
    };
    socket.onmessage = function (e) {
      try { onFrame(JSON.parse(e.data)); } catch (err) { /* a frame we do not know */ }
    };
    socket.onclose = function () {
      socket = null;
      connected = false;
      if (stopped) return;
      setStatus(t.offline);
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 30000);
    };
  }

  function start() {
    fetch(hub + '/webchat/config', { credentials: 'omit' }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) {
        console.info('Jack web chat:', answer.body && answer.body.error ? answer.body.error.message : 'unavailable');
        return;
      }
      config = answer.body;
      maxLength = config.maxMessageLength || maxLength;
      build();
      // A returning guest reconnects at once (replies may be waiting); a new one when opening.
      if (localStorage.getItem(storageKey)) connect();
      if (script.getAttribute('data-open') === 'true') setOpen(true);
    }).catch(function () { console.info('Jack web chat: the hub cannot be reached'); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
