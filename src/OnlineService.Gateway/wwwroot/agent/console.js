// The agent console: sign-in, the live lists of waiting and held conversations with their reply clocks, the
// conversation with its context, replies (text, image, canned), work orders, transfer, close and presence.
// Live updates come from Server-Sent Events (GET /agent/api/events); every notice only makes the page re-read.
'use strict';

(() => {
  const C = Console;
  const $ = (id) => document.getElementById(id);
  const state = { user: null, me: null, current: null, details: null, agents: [], stream: null, refreshTimer: 0 };

  document.addEventListener('DOMContentLoaded', async () => {
    await C.loadLabels();
    document.title = C.label('title');
    bindSignIn();
    bindDesk();
    const user = await C.session();
    if (user) {
      await start(user);
    } else {
      showSignIn('');
    }
  });

  function bindSignIn() {
    $('sign-in-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      $('sign-in-error').textContent = '';
      $('sign-in-submit').disabled = true;
      try {
        const user = await C.signIn($('user-name').value, $('password').value);
        $('password').value = '';
        await start(user);
      } catch (error) {
        $('sign-in-error').textContent = C.errorText(error);
      } finally {
        $('sign-in-submit').disabled = false;
      }
    });
  }

  function showSignIn(message) {
    if (state.stream) {
      state.stream.close();
      state.stream = null;
    }
    $('app').hidden = true;
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message;
    $('user-name').focus();
  }

  async function start(user) {
    state.user = user;
    $('sign-in').hidden = true;
    $('app').hidden = false;
    $('me').textContent = user.displayName + '（' + C.label('roles.' + user.role) + '）';
    const seesAll = user.role === 'supervisor' || user.role === 'admin';
    $('supervisor-link').hidden = !seesAll;
    $('others-heading').hidden = !seesAll;
    $('others').hidden = !seesAll;
    await guard(async () => {
      state.me = await C.call('GET', '/agent/api/me');
      fillPresence();
      fillCanned(await C.call('GET', '/agent/api/canned-responses'));
      state.agents = await C.call('GET', '/agent/api/agents');
      fillCategories();
      await refreshLists();
    });
    openStream();
  }

  function fillPresence() {
    const select = $('presence');
    select.replaceChildren();
    const agent = state.me && state.me.agent;
    select.disabled = !agent;
    for (const value of ['online', 'busy', 'away', 'offline']) {
      const option = C.element('option', '', C.label('presence.' + value));
      option.value = value;
      select.append(option);
    }
    select.value = agent ? agent.presence : 'offline';
  }

  function fillCanned(responses) {
    const select = $('canned');
    select.replaceChildren(new Option(C.label('conversation.canned'), ''));
    for (const response of responses) {
      const option = new Option(response.title, response.text);
      select.append(option);
    }
  }

  function fillCategories() {
    const select = $('wo-category');
    select.replaceChildren();
    const names = ['consultation', 'complexConsultation', 'repairLeak', 'repairNotWarm', 'repairTemperatureCheck', 'repairOther',
      'complaint', 'report', 'suggestion', 'praise', 'suspendHeating', 'resumeHeating', 'ownershipTransfer'];
    for (const name of names) {
      select.append(new Option(C.label('workOrder.categories.' + name), name));
    }
  }

  function fillTransferTargets(ticket) {
    const select = $('transfer-target');
    select.replaceChildren();
    const agents = C.element('optgroup');
    agents.label = C.label('conversation.transferToAgent');
    for (const agent of state.agents) {
      if (agent.id !== state.user.id && agent.groups.includes(ticket.group)) {
        agents.append(new Option(agent.displayName + '（' + C.label('presence.' + agent.presence) + '）', 'agent:' + agent.id));
      }
    }
    const groups = C.element('optgroup');
    groups.label = C.label('conversation.transferToGroup');
    for (const group of ['billing', 'repair', 'complaints', 'general']) {
      groups.append(new Option(C.label('groups.' + group), 'group:' + group));
    }
    select.append(agents, groups);
  }

  function bindDesk() {
    $('sign-out').addEventListener('click', () => guard(async () => {
      await C.call('POST', '/agent/api/sign-out');
      location.reload();
    }));
    $('presence').addEventListener('change', () => guard(async () => {
      state.me.agent = await C.call('POST', '/agent/api/presence', { presence: $('presence').value });
      await refreshLists();
    }));
    $('claim').addEventListener('click', () => guard(async () => {
      await C.call('POST', ticketUrl('/claim'));
      await refreshAll();
    }));
    $('close').addEventListener('click', () => guard(async () => {
      if (!window.confirm(C.label('conversation.closeConfirm'))) {
        return;
      }
      await C.call('POST', ticketUrl('/close'));
      await refreshAll();
    }));
    $('transfer').addEventListener('click', () => guard(async () => {
      const [kind, value] = $('transfer-target').value.split(':');
      await C.call('POST', ticketUrl('/transfer'), kind === 'agent' ? { agentId: value } : { group: value });
      await refreshAll();
    }));
    $('canned').addEventListener('change', () => {
      if ($('canned').value) {
        $('reply-text').value = $('canned').value;
        $('canned').value = '';
        $('reply-text').focus();
      }
    });
    $('reply-text').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.ctrlKey) {
        event.preventDefault();
        $('reply-form').requestSubmit();
      }
    });
    $('reply-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const text = $('reply-text').value.trim();
      if (!text) {
        showError(C.label('errors.empty-reply'));
        return;
      }
      guard(async () => {
        await C.call('POST', ticketUrl('/reply'), { text });
        $('reply-text').value = '';
        await refreshAll();
      });
    });
    $('reply-image').addEventListener('change', () => {
      const file = $('reply-image').files[0];
      if (!file) {
        return;
      }
      guard(async () => {
        await C.call('POST', ticketUrl('/image'), file, file.type);
        $('reply-image').value = '';
        await refreshAll();
      });
    });
    $('work-order-form').addEventListener('submit', (event) => {
      event.preventDefault();
      guard(async () => {
        const created = await C.call('POST', ticketUrl('/work-orders'), {
          category: $('wo-category').value,
          content: $('wo-content').value,
          requester: $('wo-requester').value,
          phone: $('wo-phone').value,
          address: $('wo-address').value,
        });
        $('wo-result').textContent = C.label(created.raisedAgain ? 'workOrder.raisedAgain' : 'workOrder.created', { number: created.number });
        $('wo-content').value = '';
        await refreshAll();
      });
    });
    setInterval(tickClocks, 1000);
  }

  function ticketUrl(suffix) {
    return '/agent/api/tickets/' + encodeURIComponent(state.current) + suffix;
  }

  async function guard(action) {
    showError('');
    try {
      await action();
    } catch (error) {
      if (error instanceof C.ApiError && error.status === 401) {
        showSignIn(C.errorText(error));
        return;
      }
      showError(C.errorText(error));
    }
  }

  function showError(text) {
    $('error').textContent = text;
  }

  function openStream() {
    if (state.stream) {
      state.stream.close();
    }
    const stream = new EventSource('/agent/api/events');
    state.stream = stream;
    stream.addEventListener('ready', () => {
      $('stream-state').textContent = C.label('list.live');
      $('stream-state').className = 'stream live';
      scheduleRefresh();
    });
    stream.addEventListener('desk', () => scheduleRefresh());
    stream.addEventListener('error', async () => {
      $('stream-state').textContent = C.label('list.offlineStream');
      $('stream-state').className = 'stream down';
      if (stream.readyState === EventSource.CLOSED && state.stream === stream) {
        // The browser gives up on a 401: the session ended; otherwise try again shortly.
        const user = await C.session().catch(() => null);
        if (!user) {
          showSignIn(C.label('errors.session'));
        } else {
          setTimeout(openStream, 3000);
        }
      }
    });
  }

  function scheduleRefresh() {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(() => guard(refreshAll), 150);
  }

  async function refreshAll() {
    await refreshLists();
    if (state.current) {
      await openTicket(state.current, false);
    }
  }

  async function refreshLists() {
    const tickets = await C.call('GET', '/agent/api/tickets');
    const mine = tickets.filter((t) => t.ticket.status === 'assigned' && t.ticket.agentId === state.user.id);
    const waiting = tickets.filter((t) => t.ticket.status === 'waiting');
    const others = tickets.filter((t) => t.ticket.status === 'assigned' && t.ticket.agentId !== state.user.id);
    renderList($('mine'), mine);
    renderList($('waiting'), waiting);
    renderList($('others'), others);
    renderMissed(await C.call('GET', '/agent/api/missed'));
    tickClocks();
  }

  function residentLabel(ticket) {
    const id = ticket.residentId || '';
    return C.label('conversation.resident') + ' …' + id.slice(-4);
  }

  function renderList(list, tickets) {
    list.replaceChildren();
    if (tickets.length === 0) {
      list.append(C.element('li', 'empty', C.label('list.empty')));
      return;
    }
    // Emergencies are pinned on top in red (issue 11); the sort is stable, so the rest keeps its order.
    const pinned = [...tickets].sort((a, b) => (b.ticket.trigger === 'emergency') - (a.ticket.trigger === 'emergency'));
    for (const item of pinned) {
      const ticket = item.ticket;
      const entry = C.element('li', 'ticket-item' + (ticket.trigger === 'emergency' ? ' emergency' : '') + (ticket.id === state.current ? ' selected' : ''));
      entry.dataset.ticketId = ticket.id;
      entry.tabIndex = 0;
      entry.append(C.element('div', 'who', C.label('channels.' + ticket.channelId) + ' · ' + residentLabel(ticket)));
      entry.append(C.element('div', 'what', C.label('groups.' + ticket.group) + ' · ' + C.label('triggers.' + ticket.trigger)));
      if (item.queue) {
        entry.append(C.element('div', 'queue', C.label('list.position', { position: item.queue.position }) + ' · '
          + C.label('list.expectedWait', { minutes: Math.max(1, Math.round(durationMinutes(item.queue.expectedWait))) })));
      }
      if (item.oldestUnanswered) {
        const clock = C.element('div', 'clock');
        clock.dataset.started = item.oldestUnanswered.startedAt;
        clock.dataset.due = item.oldestUnanswered.dueAt;
        clock.dataset.count = item.unansweredCount;
        entry.append(clock);
      }
      entry.addEventListener('click', () => guard(() => openTicket(ticket.id, true)));
      entry.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          guard(() => openTicket(ticket.id, true));
        }
      });
      list.append(entry);
    }
  }

  function durationMinutes(value) {
    // TimeSpan as "hh:mm:ss" or "d.hh:mm:ss".
    const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(value || '');
    return match ? (Number(match[1] || 0) * 1440) + Number(match[2]) * 60 + Number(match[3]) + Number(match[4]) / 60 : 0;
  }

  function renderMissed(missed) {
    const list = $('missed');
    list.replaceChildren();
    if (missed.length === 0) {
      list.append(C.element('li', 'empty', C.label('list.missedEmpty')));
      return;
    }
    for (const item of missed) {
      const entry = C.element('li', 'missed-item');
      entry.append(C.element('span', 'time', C.time(item.clock.startedAt)));
      entry.append(C.element('span', 'preview', item.clock.preview || ''));
      entry.addEventListener('click', () => guard(() => openTicket(item.ticket.id, true)));
      list.append(entry);
    }
  }

  function tickClocks() {
    const now = Date.now();
    for (const clock of document.querySelectorAll('.clock[data-due]')) {
      const started = Date.parse(clock.dataset.started);
      const due = Date.parse(clock.dataset.due);
      const parts = [C.label('list.unanswered', { count: clock.dataset.count || 1 }), C.label('list.clock', { elapsed: C.duration(now - started) })];
      parts.push(now < due ? C.label('list.clockLeft', { left: C.duration(due - now) }) : C.label('list.clockOverdue', { over: C.duration(now - due) }));
      clock.textContent = parts.join(' · ');
      clock.classList.toggle('overdue', now >= due);
      clock.classList.toggle('warning', now < due && due - now < 5 * 60 * 1000);
    }
  }

  async function openTicket(id, userAction) {
    let details;
    try {
      details = await C.call('GET', '/agent/api/tickets/' + encodeURIComponent(id));
    } catch (error) {
      if (!userAction && error.status === 404) {
        state.current = null;
        $('ticket').hidden = true;
        $('context').hidden = true;
        $('none-selected').hidden = false;
        return;
      }
      throw error;
    }
    const changed = state.current !== id;
    state.current = id;
    state.details = details;
    for (const entry of document.querySelectorAll('.ticket-item')) {
      entry.classList.toggle('selected', entry.dataset.ticketId === id);
    }
    renderTicket(details, changed);
  }

  function renderTicket(details, changed) {
    const ticket = details.ticket.ticket;
    $('none-selected').hidden = true;
    $('ticket').hidden = false;
    $('context').hidden = false;
    $('ticket-title').textContent = C.label('channels.' + ticket.channelId) + ' · ' + residentLabel(ticket) + ' · ' + C.label('status.' + ticket.status);
    const holding = ticket.status === 'assigned' && ticket.agentId === state.user.id;
    $('claim').hidden = ticket.status !== 'waiting';
    $('holder-actions').hidden = !holding;
    $('reply-form').hidden = !holding;
    $('work-order-form').hidden = !holding;
    $('ticket-hint').textContent = ticket.status === 'waiting' ? C.label('conversation.waitingHint')
      : ticket.status === 'closed' ? C.label('conversation.closedHint')
      : holding ? '' : C.label('conversation.notHolder');
    if (holding && changed) {
      fillTransferTargets(ticket);
    }
    renderTranscript(details.transcript);
    renderContext(details);
  }

  function renderTranscript(lines) {
    const list = $('transcript');
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
    list.replaceChildren();
    for (const line of lines) {
      const entry = C.element('li', 'line ' + line.role);
      const author = line.authorName || C.label('conversation.' + line.role);
      entry.append(C.element('span', 'author', author + ' ' + C.time(line.at)));
      if (line.text) {
        entry.append(C.element('p', 'text', line.text));
      }
      for (const attachment of line.attachments || []) {
        if (attachment.url && attachment.contentType.startsWith('image/')) {
          const image = C.element('img', 'image');
          image.src = attachment.url;
          image.alt = attachment.name || C.label('conversation.image');
          entry.append(image);
        } else {
          entry.append(C.element('span', 'file', attachment.name || attachment.contentType));
        }
      }
      list.append(entry);
    }
    if (atBottom || list.dataset.ticket !== state.current) {
      list.scrollTop = list.scrollHeight;
    }
    list.dataset.ticket = state.current;
  }

  function renderContext(details) {
    const ticket = details.ticket.ticket;
    const facts = $('facts');
    facts.replaceChildren();
    const fact = (name, value) => {
      facts.append(C.element('dt', '', C.label('context.' + name)), C.element('dd', '', value || '—'));
    };
    fact('channel', C.label('channels.' + ticket.channelId));
    fact('group', C.label('groups.' + ticket.group));
    fact('trigger', C.label('triggers.' + ticket.trigger));
    fact('intent', details.intentTitle || ticket.intent);
    fact('createdAt', C.time(ticket.createdAt));
    $('summary').textContent = details.summary || '—';
    const accounts = $('accounts');
    accounts.replaceChildren();
    if (details.accounts.length === 0) {
      accounts.append(C.element('li', 'empty', C.label('context.noAccounts')));
    }
    for (const account of details.accounts) {
      accounts.append(C.element('li', '', account.accountNumber + ' ' + account.maskedAddress));
    }
    const orders = $('orders');
    orders.replaceChildren();
    if (details.openWorkOrders.length === 0) {
      orders.append(C.element('li', 'empty', C.label('context.noOrders')));
    }
    for (const order of details.openWorkOrders) {
      orders.append(C.element('li', '', order.number + ' ' + C.label('workOrder.categories.' + order.category) + '：' + order.content));
    }
  }
})();
