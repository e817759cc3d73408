'use strict';
// Interop peer: drives the official botframework-directlinejs client against the gateway.
// Input (stdin): {"scenario": "conversation" | "status", "domain", "token", "webSocket": bool, ...}
//   conversation: start, wait for the welcome, send "你好", wait for its echo and reply, stop; post "发票" over plain
//                 HTTP while offline; reconnect with conversationId + watermark and collect what arrives.
//   status:       connect with the given token and report the connection statuses seen within `waitMs`; with
//                 `postText`, post it after `waitMs` and report what postActivity emitted.
// Output (stdout): one JSON object; {"error": "..."} when a step times out or fails.
global.XMLHttpRequest = require('./xhr-shim');
global.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');

const STEP_TIMEOUT_MS = 15000;

function summarize(activity) {
  return {
    id: activity.id,
    type: activity.type,
    text: activity.text,
    role: activity.from && activity.from.role,
    fromId: activity.from && activity.from.id,
    replyToId: activity.replyToId,
    timestamp: activity.timestamp,
    clientActivityID: activity.channelData && activity.channelData.clientActivityID,
    suggestedActions: activity.suggestedActions ? activity.suggestedActions.actions.map((a) => a.title) : [],
  };
}

function collector(directLine) {
  const seen = [];
  const waiters = [];
  const subscription = directLine.activity$.subscribe((activity) => {
    seen.push(summarize(activity));
    for (const waiter of waiters.slice()) {
      if (waiter.predicate(seen)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  const until = (what, predicate) => new Promise((resolve, reject) => {
    if (predicate(seen)) return resolve();
    const timer = setTimeout(() => reject(new Error('timed out waiting for ' + what + '; seen ' + JSON.stringify(seen))), STEP_TIMEOUT_MS);
    waiters.push({ predicate, resolve: () => { clearTimeout(timer); resolve(); } });
  });
  return { seen, until, stop: () => subscription.unsubscribe() };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => {
    directLine.postActivity(activity).subscribe(resolve, reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const isBotMessage = (a) => a.type === 'message' && a.role === 'bot';

async function conversation(input) {
  const first = new DirectLine({ domain: input.domain, token: input.token, webSocket: input.webSocket, pollingInterval: 300 });
  const one = collector(first);
  await one.until('the welcome', (seen) => seen.some(isBotMessage));
  const userId = input.userId;
  const sentId = await post(first, { type: 'message', from: { id: userId }, text: '你好', channelData: { clientActivityID: 'client-1' } });
  await one.until('the echo and the reply', (seen) =>
    seen.some((a) => a.id === sentId) && seen.some((a) => isBotMessage(a) && a.replyToId === sentId));
  await sleep(1500); // let the rest of the turn's replies arrive
  const watermark = first.watermark;
  const conversationId = first.conversationId;
  const token = first.token;
  one.stop();
  first.end();

  // While no client is connected: the resident's other device sends "发票".
  const response = await fetch(`${input.domain}/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: { id: userId }, text: '发票', channelData: { clientActivityID: 'client-2' } }),
  });
  const offlineId = (await response.json()).id;

  const second = new DirectLine({ domain: input.domain, token, conversationId, watermark, webSocket: input.webSocket, pollingInterval: 300 });
  const two = collector(second);
  await two.until('the offline message and its reply', (seen) =>
    seen.some((a) => a.id === offlineId) && seen.some((a) => isBotMessage(a) && a.replyToId === offlineId));
  await sleep(1500);
  two.stop();
  second.end();

  const history = await fetch(`${input.domain}/conversations/${conversationId}/activities?watermark=`, {
    headers: { Authorization: `Bearer ${token}` },
  }).then((r) => r.json());

  return {
    conversationId,
    sentId,
    offlineId,
    watermark,
    first: one.seen,
    second: two.seen,
    history: history.activities.map(summarize),
    historyWatermark: history.watermark,
  };
}

async function status(input) {
  const directLine = new DirectLine({ domain: input.domain, token: input.token, conversationId: input.conversationId, webSocket: input.webSocket, pollingInterval: 300 });
  const statuses = [];
  const subscription = directLine.connectionStatus$.subscribe((s) => statuses.push(s));
  const activities = directLine.activity$.subscribe(() => {}, () => {});
  await sleep(input.waitMs || 3000);
  let postResult = null;
  if (input.postText) {
    // Posting after the token expired: the client answers "retry" and reports ExpiredToken.
    postResult = await Promise.race([
      post(directLine, { type: 'message', from: { id: input.userId }, text: input.postText }).catch((e) => 'error ' + (e && e.status)),
      sleep(STEP_TIMEOUT_MS).then(() => 'timeout'),
    ]);
    await sleep(500);
  }
  subscription.unsubscribe();
  activities.unsubscribe();
  directLine.end();
  return { statuses, postResult };
}

let raw = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { raw += chunk; });
process.stdin.on('end', async () => {
  const input = JSON.parse(raw);
  try {
    const result = input.scenario === 'status' ? await status(input) : await conversation(input);
    process.stdout.write(JSON.stringify(result));
    process.exit(0);
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: String(error && error.stack || error) }));
    process.exit(0);
  }
});
