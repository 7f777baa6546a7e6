// Starts the HelpBot web chat: gets a Direct Line token from this host, renders the Web Chat
// widget against the embedded Direct Line server, and keeps the conversation across reloads.
// The user credential in localStorage keeps the same user id across tabs and visits, so
// reminders the bot sent while the page was closed arrive when it opens again.
(function () {
  'use strict';

  const SESSION_KEY = 'helpbot.webchat.session';
  const USER_CREDENTIAL_KEY = 'helpbot.webchat.user';
  const REJECTED_CREDENTIAL_CODES = ['InvalidUserCredential', 'UserCredentialExpired'];
  const RETRY_KEY = 'helpbot.webchat.retried';
  const DIRECT_LINE_ONLINE = 2;
  const DIRECT_LINE_FAILED = 4;
  const DIRECT_LINE_ENDED = 5;

  const statusElement = document.getElementById('status');
  const chatElement = document.getElementById('webchat');

  function setStatus(text) {
    statusElement.textContent = text;
  }

  function readSession() {
    try {
      return JSON.parse(sessionStorage.getItem(SESSION_KEY));
    } catch {
      return null;
    }
  }

  function saveSession(session) {
    try {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch {
      // Storage can be full or disabled; the chat still works, it just does not resume.
    }
  }

  function clearSession() {
    sessionStorage.removeItem(SESSION_KEY);
  }

  async function refreshToken(token) {
    const response = await fetch('v3/directline/tokens/refresh', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token }
    });
    return response.ok ? (await response.json()).token : null;
  }

  function readUserCredential() {
    try {
      return localStorage.getItem(USER_CREDENTIAL_KEY);
    } catch {
      return null;
    }
  }

  function saveUserCredential(credential) {
    try {
      if (credential) {
        localStorage.setItem(USER_CREDENTIAL_KEY, credential);
      } else {
        localStorage.removeItem(USER_CREDENTIAL_KEY);
      }
    } catch {
      // Storage can be full or disabled; the next visit then starts as a new user.
    }
  }

  async function postTokenRequest(userCredential) {
    return fetch('api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(userCredential ? { userCredential } : {}),
      credentials: 'same-origin'
    });
  }

  async function readErrorCode(response) {
    try {
      return (await response.json()).error.code;
    } catch {
      return null;
    }
  }

  // A rejected credential (expired, or from another deployment) is dropped and a new user starts.
  async function requestToken() {
    const userCredential = readUserCredential();
    let response = await postTokenRequest(userCredential);
    if (userCredential && response.status === 401 && REJECTED_CREDENTIAL_CODES.includes(await readErrorCode(response))) {
      saveUserCredential(null);
      response = await postTokenRequest(null);
    }

    if (!response.ok) {
      throw new Error('The token request failed with HTTP status ' + response.status + '.');
    }

    const body = await response.json();
    saveUserCredential(body.userCredential);
    return body;
  }

  // A session saved by an earlier page load resumes the same conversation; otherwise a new one starts.
  async function openSession() {
    const saved = readSession();
    if (saved && saved.token && saved.conversationId && saved.userId) {
      const token = await refreshToken(saved.token).catch(() => null);
      if (token) {
        return { token, conversationId: saved.conversationId, userId: saved.userId, resumed: true };
      }

      clearSession();
    }

    const fresh = await requestToken();
    return { token: fresh.token, conversationId: fresh.conversationId, userId: fresh.userId, resumed: false };
  }

  function detectBrowser(userAgent) {
    const browsers = [[/Edg\//, 'Edge'], [/OPR\//, 'Opera'], [/Firefox\//, 'Firefox'], [/Chrom(e|ium)\//, 'Chrome'], [/Safari\//, 'Safari']];
    const match = browsers.find(([pattern]) => pattern.test(userAgent));
    return match ? match[1] : 'Other';
  }

  function detectOperatingSystem(userAgent) {
    const systems = [[/Windows NT/, 'Windows'], [/iPhone|iPad|iPod/, 'iOS'], [/Mac OS X/, 'macOS'], [/Android/, 'Android'], [/CrOS/, 'ChromeOS'], [/Linux/, 'Linux']];
    const match = systems.find(([pattern]) => pattern.test(userAgent));
    return match ? match[1] : 'Other';
  }

  // Sent to the bot as the value of the webchat/join event after each connection.
  function describeClient() {
    const userAgent = navigator.userAgent;
    return {
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: navigator.language,
      userAgent,
      browser: detectBrowser(userAgent),
      os: detectOperatingSystem(userAgent)
    };
  }

  // DirectLineJS keeps its refreshed token and conversation id in these fields.
  function rememberSession(directLine, session) {
    saveSession({
      token: directLine.token || session.token,
      conversationId: directLine.conversationId || session.conversationId,
      userId: session.userId
    });
  }

  function watchConnection(directLine, session) {
    directLine.connectionStatus$.subscribe(status => {
      if (status === DIRECT_LINE_ONLINE) {
        setStatus('');
        sessionStorage.removeItem(RETRY_KEY);
        rememberSession(directLine, session);
      } else if ((status === DIRECT_LINE_FAILED || status === DIRECT_LINE_ENDED) && session.resumed && !sessionStorage.getItem(RETRY_KEY)) {
        // The saved conversation is gone (deleted after the retention period): start a new one once.
        sessionStorage.setItem(RETRY_KEY, '1');
        clearSession();
        location.reload();
      } else if (status === DIRECT_LINE_FAILED || status === DIRECT_LINE_ENDED) {
        setStatus('The chat could not connect. Reload the page to try again.');
      }
    });
    setInterval(() => rememberSession(directLine, session), 60 * 1000);
  }

  function createStore(directLine, session) {
    return window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: describeClient() } });
      } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
        rememberSession(directLine, session);
      }

      return next(action);
    });
  }

  async function start() {
    if (!window.WebChat) {
      setStatus('');
      document.getElementById('bundle-missing').hidden = false;
      return;
    }

    const session = await openSession();

    // domain keeps every request on this origin; without it DirectLineJS calls Microsoft's cloud.
    // A resumed conversation replays from the start (watermark 0), because the new page's
    // transcript is empty.
    const directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: new URL('v3/directline', document.baseURI).href,
      webSocket: true,
      conversationId: session.resumed ? session.conversationId : undefined,
      watermark: session.resumed ? '0' : undefined
    });

    watchConnection(directLine, session);
    window.WebChat.renderWebChat({
      directLine,
      store: createStore(directLine, session),
      userID: session.userId,
      locale: navigator.language
    }, chatElement);
  }

  start().catch(error => {
    setStatus('The chat could not start: ' + error.message + ' Reload the page to try again.');
  });
})();
