// The supervisor board: queues, agents with presence and load, open breaches of the 10-minute limit, and the reply
// shares per channel, group and agent. Refreshed on every desk notice (SSE) and every 30 seconds; admins also
// manage accounts here.
'use strict';

(() => {
  const C = Console;
  const $ = (id) => document.getElementById(id);
  let refreshTimer = 0;

  document.addEventListener('DOMContentLoaded', async () => {
    await C.loadLabels();
    document.title = C.label('supervisorTitle');
    const user = await C.session();
    if (!user) {
      location.href = '/agent/';
      return;
    }
    $('me').textContent = user.displayName + '（' + C.label('roles.' + user.role) + '）';
    if (user.role === 'admin') {
      bindAdmin();
    }
    await guard(refresh);
    const stream = new EventSource('/agent/api/events');
    stream.addEventListener('desk', () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => guard(refresh), 300);
    });
    setInterval(() => guard(refresh), 30000);
  });

  async function guard(action) {
    $('error').textContent = '';
    try {
      await action();
    } catch (error) {
      $('error').textContent = C.errorText(error);
    }
  }

  function row(table, cells, badIndex) {
    const tr = C.element('tr');
    cells.forEach((cell, index) => tr.append(C.element('td', index === badIndex ? 'bad' : '', cell)));
    table.tBodies[0].append(tr);
  }

  function clear(table) {
    table.tBodies[0].replaceChildren();
  }

  function percent(share) {
    return (share.messages === 0 ? 100 : Math.round((share.answeredInTime / share.messages) * 1000) / 10) + '%';
  }

  async function refresh() {
    const snapshot = await C.call('GET', '/agent/api/supervisor');
    $('board').hidden = false;
    $('refreshed').textContent = C.label('supervisor.refreshedAt', { time: C.time(snapshot.at) });

    clear($('emergencies'));
    if (snapshot.emergencies.length === 0) {
      row($('emergencies'), [C.label('emergencyBoard.none'), '', '', '', '', '']);
    }
    for (const item of snapshot.emergencies) {
      const detail = item.kind === 'conversation' ? C.label('channels.' + item.detail) : item.detail;
      row($('emergencies'), [C.label('emergencyBoard.kinds.' + item.kind), item.id, C.time(item.since), detail || '—',
        C.label('emergencyBoard.states.' + item.state), item.holder || C.label('emergencyBoard.nobody')]);
      $('emergencies').tBodies[0].lastElementChild.className = 'emergency';
    }

    clear($('queues'));
    for (const queue of snapshot.queues) {
      row($('queues'), [C.label('groups.' + queue.group), queue.waiting, queue.assigned, C.time(queue.oldestWaitingSince) || '—', queue.attendingAgents],
        queue.waiting > 0 && queue.attendingAgents === 0 ? 4 : -1);
    }

    clear($('agents'));
    for (const load of snapshot.agents) {
      row($('agents'), [load.agent.displayName, C.label('presence.' + load.agent.presence), load.holding + ' / ' + load.agent.capacity]);
    }

    clear($('breaches'));
    if (snapshot.breaches.length === 0) {
      row($('breaches'), [C.label('supervisor.noBreaches'), '', '', '', '']);
    }
    for (const clock of snapshot.breaches) {
      row($('breaches'), [C.label('channels.' + clock.channelId), clock.group ? C.label('groups.' + clock.group) : '—', clock.agentId || '—',
        C.time(clock.startedAt), C.time(clock.dueAt)], 4);
    }

    const metrics = snapshot.metrics;
    clear($('metrics'));
    const share = (section, name, item) => row($('metrics'), [section, name, item.messages, item.answeredInTime, percent(item)],
      item.messages > 0 && item.answeredInTime < item.messages ? 4 : -1);
    share(C.label('supervisor.overall'), '', metrics.overall);
    for (const item of metrics.byChannel) {
      share(C.label('supervisor.byChannel'), C.label('channels.' + item.key), item);
    }
    for (const item of metrics.byGroup) {
      share(C.label('supervisor.byGroup'), C.label('groups.' + item.key), item);
    }
    for (const item of metrics.byAgent) {
      share(C.label('supervisor.byAgent'), item.key, item);
    }
    for (const item of metrics.agentFirstResponseByAgent) {
      share(C.label('supervisor.agentFirstResponse'), item.key, item);
    }
  }

  function bindAdmin() {
    $('admin').hidden = false;
    for (const role of ['agent', 'supervisor', 'admin']) {
      $('new-role').append(new Option(C.label('roles.' + role), role));
    }
    $('create-account').addEventListener('submit', (event) => {
      event.preventDefault();
      guard(async () => {
        await C.call('POST', '/agent/api/admin/accounts', {
          userName: $('new-user-name').value,
          displayName: $('new-display-name').value,
          role: $('new-role').value,
          password: $('new-password').value,
        });
        $('new-password').value = '';
        $('admin-result').textContent = C.label('admin.created');
        await loadAccounts();
      });
    });
    $('reset-password').addEventListener('submit', (event) => {
      event.preventDefault();
      guard(async () => {
        await C.call('POST', '/agent/api/admin/accounts/' + encodeURIComponent($('reset-user-name').value) + '/password',
          { password: $('reset-password-value').value });
        $('reset-password-value').value = '';
        $('admin-result').textContent = C.label('admin.reset');
        await loadAccounts();
      });
    });
    guard(loadAccounts);
  }

  async function loadAccounts() {
    const accounts = await C.call('GET', '/agent/api/admin/accounts');
    clear($('accounts'));
    for (const account of accounts) {
      row($('accounts'), [account.userName, account.displayName, C.label('roles.' + account.role),
        account.lockedUntil ? C.label('admin.locked', { time: C.time(account.lockedUntil) }) : '']);
    }
  }
})();
