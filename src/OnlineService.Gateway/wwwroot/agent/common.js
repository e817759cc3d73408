// Shared by the console pages: labels from content (GET /agent/api/texts), the session with its antiforgery token,
// JSON calls that send the token on every state-changing request, and small DOM helpers that never parse HTML.
'use strict';

const Console = (() => {
  let labels = {};
  let csrfToken = '';

  function label(path, values) {
    let text = path.split('.').reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), labels);
    if (typeof text !== 'string') {
      return path;
    }
    for (const [key, value] of Object.entries(values || {})) {
      text = text.split('{' + key + '}').join(String(value));
    }
    return text;
  }

  function applyLabels(root) {
    for (const element of (root || document).querySelectorAll('[data-label]')) {
      element.textContent = label(element.dataset.label);
    }
  }

  async function loadLabels() {
    const response = await fetch('/agent/api/texts', { credentials: 'same-origin' });
    labels = await response.json();
    applyLabels(document);
  }

  class ApiError extends Error {
    constructor(status, code) {
      super(code);
      this.status = status;
      this.code = code;
    }
  }

  async function call(method, url, body, contentType) {
    const headers = { 'RequestVerificationToken': csrfToken };
    let payload = body;
    if (body !== undefined && !(body instanceof Blob)) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    } else if (body instanceof Blob) {
      headers['Content-Type'] = contentType || body.type;
    }
    let response;
    try {
      response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
    } catch {
      throw new ApiError(0, 'network');
    }
    if (response.status === 204) {
      return null;
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const code = data && data.error ? data.error
        : response.status === 401 ? 'session'
        : response.status === 403 ? 'forbidden' : 'unknown';
      throw new ApiError(response.status, code);
    }
    return data;
  }

  async function session() {
    const data = await call('GET', '/agent/api/session');
    csrfToken = data.csrfToken;
    return data.user;
  }

  async function signIn(userName, password) {
    // A token issued to an ended session is no good for signing in anew: fetch one issued to nobody first.
    await session();
    const data = await call('POST', '/agent/api/sign-in', { userName, password });
    csrfToken = data.csrfToken;
    return data.user;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function duration(milliseconds) {
    const total = Math.max(0, Math.floor(milliseconds / 1000));
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    return minutes + ':' + String(seconds).padStart(2, '0');
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour12: false }) : '';
  }

  function errorText(error) {
    return label('errors.' + (error && error.code ? error.code : 'unknown'));
  }

  return { label, applyLabels, loadLabels, call, session, signIn, element, duration, time, errorText, ApiError };
})();
