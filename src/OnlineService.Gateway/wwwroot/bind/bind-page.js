// The binding page: the gateway signed the resident in through WeChat OAuth before serving it; this script only
// talks to the page's JSON API (/bind/api/...). Every text comes from the server's content.
(function () {
  'use strict';

  var texts = {};
  var busy = false;

  function byId(id) {
    return document.getElementById(id);
  }

  function fill(root) {
    root.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = texts[element.getAttribute('data-text')] || '';
    });
  }

  function withAccount(template, masked) {
    return template.split('{account}').join(masked);
  }

  function notify(messages, isError) {
    var notice = byId('notice');
    notice.textContent = messages.join('\n');
    notice.classList.toggle('is-error', !!isError);
    notice.hidden = messages.length === 0;
  }

  function showFormError(text) {
    var error = byId('form-error');
    error.textContent = text || '';
    error.hidden = !text;
  }

  function signInAgain() {
    notify([texts.sessionExpired || ''], true);
    window.location.replace('/bind');
  }

  // Calls the API; resolves with { status, body } and restarts the sign-in when the session ended.
  function call(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (method !== 'GET') {
      options.headers['X-Bind-Page'] = '1';
    }

    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }

    return fetch(path, options).then(function (response) {
      if (response.status === 401) {
        signInAgain();
        throw new Error('signed out');
      }

      return response.text().then(function (text) {
        var parsed = null;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch (ignored) {
          parsed = null;
        }

        return { status: response.status, body: parsed };
      });
    });
  }

  function renderAccounts(view) {
    var list = byId('accounts');
    list.textContent = '';
    byId('no-accounts').hidden = view.accounts.length > 0;
    var template = byId('account-template');
    view.accounts.forEach(function (account) {
      var item = template.content.firstElementChild.cloneNode(true);
      fill(item);
      item.setAttribute('data-account', account.masked);
      item.querySelector('.account-number').textContent = account.masked;
      item.querySelector('.account-address').textContent = account.address;
      item.querySelector('.badge').hidden = !account.isDefault;
      var setDefault = item.querySelector('.set-default');
      setDefault.hidden = account.isDefault || view.accounts.length < 2;
      setDefault.addEventListener('click', function () {
        change('POST', '/bind/api/accounts/' + encodeURIComponent(account.accountNumber) + '/default');
      });
      item.querySelector('.unbind').addEventListener('click', function () {
        if (window.confirm(withAccount(texts.confirmUnbind, account.masked))) {
          change('DELETE', '/bind/api/accounts/' + encodeURIComponent(account.accountNumber));
        }
      });
      list.appendChild(item);
    });
  }

  function loadAccounts() {
    return call('GET', '/bind/api/accounts').then(function (result) {
      if (result.status !== 200 || !result.body) {
        throw new Error('accounts ' + result.status);
      }

      renderAccounts(result.body);
    });
  }

  function change(method, path) {
    if (busy) {
      return;
    }

    busy = true;
    call(method, path)
      .then(function (result) {
        notify(result.body && result.body.messages ? result.body.messages : [], result.status !== 200);
        return loadAccounts();
      })
      .catch(function (error) {
        if (error.message !== 'signed out') {
          notify([texts.networkError], true);
        }
      })
      .then(function () {
        busy = false;
      });
  }

  function proofKind() {
    return document.querySelector('input[name="proofKind"]:checked').value;
  }

  function onProofKindChanged() {
    var phone = proofKind() === 'phone';
    byId('phone-proof').hidden = !phone;
    byId('name-proof').hidden = phone;
    showFormError('');
  }

  function readForm() {
    var accountNumber = byId('account-number').value.trim();
    if (!/^[0-9０-９\s\-－_]{6,20}$/.test(accountNumber)) {
      return { error: texts.numberInvalid };
    }

    if (proofKind() === 'phone') {
      var digits = byId('phone-digits').value.trim();
      return /^[0-9]{4}$/.test(digits)
        ? { request: { accountNumber: accountNumber, proofKind: 'phone', proof: digits } }
        : { error: texts.phoneInvalid };
    }

    var name = byId('owner-name').value.trim();
    return name.length >= 2 && !/[0-9]/.test(name)
      ? { request: { accountNumber: accountNumber, proofKind: 'name', proof: name } }
      : { error: texts.nameInvalid };
  }

  function onSubmit(event) {
    event.preventDefault();
    if (busy) {
      return;
    }

    var form = readForm();
    showFormError(form.error);
    if (form.error) {
      return;
    }

    busy = true;
    var submit = byId('submit');
    submit.disabled = true;
    submit.textContent = texts.working;
    call('POST', '/bind/api/accounts', form.request)
      .then(function (result) {
        var messages = result.body && result.body.messages ? result.body.messages : [texts.networkError];
        if (result.status === 200) {
          byId('bind-form').reset();
          onProofKindChanged();
          notify(messages, false);
        } else {
          notify([], false);
          showFormError(messages.join('\n'));
        }

        return loadAccounts();
      })
      .catch(function (error) {
        if (error.message !== 'signed out') {
          showFormError(texts.networkError);
        }
      })
      .then(function () {
        busy = false;
        submit.disabled = false;
        submit.textContent = texts.submit;
      });
  }

  function start() {
    fetch('/bind/api/texts', { credentials: 'same-origin' })
      .then(function (response) {
        return response.json();
      })
      .then(function (loaded) {
        texts = loaded;
        document.title = texts.title;
        fill(document.querySelector('.page'));
        document.querySelectorAll('input[name="proofKind"]').forEach(function (radio) {
          radio.addEventListener('change', onProofKindChanged);
        });
        byId('bind-form').addEventListener('submit', onSubmit);
        return loadAccounts();
      })
      .then(function () {
        byId('loading').hidden = true;
        document.querySelector('.page').hidden = false;
      })
      .catch(function (error) {
        if (error.message !== 'signed out') {
          byId('loading').textContent = texts.networkError || '⚠';
        }
      });
  }

  start();
}());
