'use strict';
// The smallest XMLHttpRequest that rxjs 5's ajax (the HTTP layer of botframework-directlinejs) needs, on Node's http
// module, so the unmodified client runs in Node as it does in a browser. Asynchronous text/JSON requests only.
const http = require('http');
const https = require('https');

class XMLHttpRequest {
  constructor() {
    this.readyState = 0;
    this.status = 0;
    this.response = null;
    this.responseText = '';
    this.responseType = '';
    this.timeout = 0;
    this.withCredentials = false;
    this.upload = {};
    this._headers = {};
    this._responseHeaders = {};
    this._request = null;
  }

  open(method, url) {
    this._method = method;
    this._url = url;
    this.readyState = 1;
  }

  setRequestHeader(name, value) {
    this._headers[name] = value;
  }

  getResponseHeader(name) {
    const value = this._responseHeaders[name.toLowerCase()];
    return value === undefined ? null : String(value);
  }

  getAllResponseHeaders() {
    return Object.entries(this._responseHeaders).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  }

  abort() {
    if (this._request) {
      this._aborted = true;
      this._request.destroy();
    }
  }

  send(body) {
    const url = new URL(this._url);
    const transport = url.protocol === 'https:' ? https : http;
    const payload = body === undefined || body === null ? null : Buffer.from(String(body), 'utf8');
    const headers = Object.assign({}, this._headers);
    if (payload) {
      headers['Content-Length'] = payload.length;
    }

    const request = transport.request(url, { method: this._method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        this.status = response.statusCode;
        this._responseHeaders = response.headers;
        this.responseText = Buffer.concat(chunks).toString('utf8');
        if (this.responseType === 'json') {
          try {
            this.response = this.responseText ? JSON.parse(this.responseText) : null;
          } catch (e) {
            this.response = null;
          }
        } else {
          this.response = this.responseText;
        }
        this.readyState = 4;
        if (this.onreadystatechange) this.onreadystatechange({ type: 'readystatechange' });
        if (this.onload) this.onload({ type: 'load' });
      });
    });
    this._request = request;
    if (this.timeout > 0) {
      request.setTimeout(this.timeout, () => {
        this._aborted = true;
        request.destroy();
        if (this.ontimeout) this.ontimeout({ type: 'timeout' });
      });
    }
    request.on('error', (error) => {
      if (this._aborted) return;
      this.readyState = 4;
      this.status = 0;
      if (this.onerror) this.onerror({ type: 'error', error });
    });
    if (payload) request.write(payload);
    request.end();
  }
}

module.exports = XMLHttpRequest;
