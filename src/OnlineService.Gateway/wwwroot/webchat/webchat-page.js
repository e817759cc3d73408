// The resident web-chat page: asks the gateway for a Direct Line token (the gateway plays the page's backend),
// then renders the official Web Chat client against the gateway's Direct Line endpoints.
(function () {
  'use strict';

  var storageKey = 'onlineservice.webchat';
  var connectionFailed = 4;
  var connectionEnded = 5;

  function showError(text) {
    var element = document.getElementById('page-error');
    element.textContent = text;
    element.hidden = false;
  }

  function readStored() {
    try {
      return JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
    } catch (ignored) {
      return null;
    }
  }

  function store(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(storageKey, JSON.stringify(value));
      } else {
        window.sessionStorage.removeItem(storageKey);
      }
    } catch (ignored) {
      // Private browsing without storage: the page works, a reload just starts a new conversation.
    }
  }

  function applyBranding(session) {
    document.title = session.title;
    document.querySelector('.page-title').textContent = session.title;
    var root = document.documentElement.style;
    root.setProperty('--page-accent', session.accentColor);
    root.setProperty('--page-accent-text', session.accentTextColor);
    root.setProperty('--page-background', session.backgroundColor);
    if (session.logoUrl) {
      var logo = document.querySelector('.page-logo');
      logo.src = session.logoUrl;
      logo.hidden = false;
    }
  }

  function requestSession(previous) {
    return fetch('/webchat/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(previous || {})
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('session ' + response.status);
      }
      return response.json();
    });
  }

  function start(previous) {
    return requestSession(previous).then(function (session) {
      applyBranding(session);
      var resumed = !!(previous && session.conversationId === previous.conversationId);
      var directLine = window.WebChat.createDirectLine({
        domain: session.domain,
        token: session.token,
        conversationId: resumed ? session.conversationId : undefined,
        webSocket: true
      });

      var remember = function () {
        if (directLine.conversationId) {
          store({ conversationId: directLine.conversationId, token: directLine.token || session.token });
        }
      };
      directLine.connectionStatus$.subscribe(function (status) {
        if (status === 2) {
          remember();
        } else if (status === connectionFailed || status === connectionEnded) {
          store(null);
          if (resumed) {
            // The old conversation is gone or its token too old: start a fresh one.
            window.location.reload();
          } else {
            showError('连接已断开，请刷新页面重新开始对话。');
          }
        }
      });
      window.addEventListener('pagehide', remember);

      window.WebChat.renderWebChat({
        directLine: directLine,
        locale: 'zh-CN',
        styleOptions: {
          accent: session.accentColor,
          backgroundColor: '#FFFFFF',
          botAvatarInitials: session.botAvatarInitials,
          userAvatarInitials: session.userAvatarInitials,
          bubbleFromUserBackground: session.accentColor,
          bubbleFromUserTextColor: session.accentTextColor,
          bubbleFromUserBorderColor: session.accentColor,
          suggestedActionLayout: 'flow',
          hideUploadButton: false
        }
      }, document.getElementById('webchat'));
      document.querySelector('#webchat').focus();
    });
  }

  if (!window.WebChat) {
    showError('网页聊天组件未能加载，请稍后再试或拨打客服热线。');
    return;
  }

  start(readStored()).catch(function () {
    showError('暂时无法连接在线客服，请稍后刷新页面重试。');
  });
})();
