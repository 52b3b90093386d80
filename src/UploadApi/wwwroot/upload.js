// The veteran's upload page: pick a claim and a document type, add files, upload each one with
// its own progress bar, then follow each document until VA has it. Plain DOM and XMLHttpRequest
// (upload progress needs XHR), no framework, so it stays small on a slow phone.
'use strict';

(function () {
  const text = globalThis.uploadText;
  const MULTI_PROVIDER_FLAG = 'cst_multi_document_provider';
  const TOKEN_KEY = 'vaUploadToken';
  const RECENT_CLAIMS_KEY = 'vaRecentClaims';
  const RECENT_CLAIMS_MAX = 5;
  // Development sign-in, as README's curl walkthrough does; /dev/token exists only in Development.
  const DEV_IDENTITY = { sub: 'vet-1', participantId: '600043201', roles: ['veteran'] };
  // Poll quickly while a document is moving, then back off so an open tab costs little.
  const POLL_FAST_MS = 1000;
  const POLL_SLOW_MS = 15000;
  const FAST_POLLS = 120;
  // The claim's earlier documents, newest first, a page at a time: a short list loads fast on a phone.
  const DOCUMENTS_PAGE = 10;

  const el = (id) => document.getElementById(id);
  const form = el('upload-form');
  const claimInput = el('claim-id');
  const typeSelect = el('document-type');
  const fileInput = el('files');
  const fileList = el('file-list');
  const submitButton = el('submit-files');
  const summary = el('error-summary');
  const summaryList = el('error-list');
  const notice = el('sign-in-notice');

  const state = { token: null, options: null, multiProvider: false, entries: [], nextId: 1, busy: false };
  const documents = { claimId: null, cursor: null, loading: false };

  // ---- sign-in -------------------------------------------------------------------------------

  // A token handed over in the fragment (#access_token=...) never reaches a server log; it is moved
  // to sessionStorage (gone when the tab closes) and erased from the address bar.
  function tokenFromFragment() {
    const match = /(?:^|&)access_token=([^&]+)/.exec(location.hash.slice(1));
    if (!match) return null;
    history.replaceState(null, '', location.pathname + location.search);
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    return token;
  }

  async function developmentToken() {
    try {
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(DEV_IDENTITY),
      });
      if (!response.ok) return null;
      const body = await response.json();
      return body.token || null;
    } catch (_) {
      return null;
    }
  }

  async function signIn() {
    const token = tokenFromFragment() || sessionStorage.getItem(TOKEN_KEY);
    if (token) return token;
    const dev = await developmentToken();
    if (dev) {
      showNotice('Development sign-in: you are the test veteran ' + DEV_IDENTITY.sub + '.');
      return dev;
    }
    return null;
  }

  // An expired or refused token is of no further use; the next visit asks for a new one.
  function signedOut() {
    sessionStorage.removeItem(TOKEN_KEY);
  }

  function showNotice(message) {
    notice.textContent = message;
    notice.hidden = false;
  }

  function api(path, init) {
    const headers = Object.assign({ Authorization: 'Bearer ' + state.token }, (init && init.headers) || {});
    return fetch(path, Object.assign({}, init, { headers }));
  }

  // ---- start-up ------------------------------------------------------------------------------

  async function start() {
    renderRecentClaims();
    state.token = await signIn();
    if (!state.token) {
      setFormEnabled(false);
      showNotice("You're not signed in, so you can't upload documents yet. Sign in to VA.gov, then come back to this page.");
      return;
    }
    try {
      const [options, toggles] = await Promise.all([
        api('/v0/upload_options').then(okJson),
        api('/v0/feature_toggles?features=' + MULTI_PROVIDER_FLAG).then(okJson),
      ]);
      state.options = options;
      state.multiProvider = toggles.data.features.some((f) => f.name === MULTI_PROVIDER_FLAG && f.value === true);
      renderOptions(options);
    } catch (error) {
      setFormEnabled(false);
      if (error.status === 401) signedOut();
      showErrors([{ message: error.status === 401 ? text.errorSentence('SIGNED_OUT') : text.errorSentence('NETWORK') }]);
      return;
    }
    form.dataset.ready = 'true';
    if (claimInput.value.trim()) showClaimDocuments(claimInput.value.trim());
  }

  function okJson(response) {
    if (!response.ok) {
      const error = new Error('HTTP ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function renderOptions(options) {
    for (const type of options.documentTypes) {
      const option = document.createElement('option');
      option.value = type.code;
      option.textContent = type.label;
      typeSelect.appendChild(option);
    }
    fileInput.accept = options.fileExtensions.map((e) => '.' + e).join(',');
  }

  function setFormEnabled(enabled) {
    for (const control of form.elements) control.disabled = !enabled;
  }

  function recentClaims() {
    try {
      const list = JSON.parse(localStorage.getItem(RECENT_CLAIMS_KEY) || '[]');
      return Array.isArray(list) ? list.filter((c) => typeof c === 'string') : [];
    } catch (_) {
      return [];
    }
  }

  function rememberClaim(claimId) {
    const list = [claimId].concat(recentClaims().filter((c) => c !== claimId)).slice(0, RECENT_CLAIMS_MAX);
    localStorage.setItem(RECENT_CLAIMS_KEY, JSON.stringify(list));
    renderRecentClaims();
  }

  function renderRecentClaims() {
    const datalist = el('recent-claims');
    datalist.replaceChildren();
    for (const claimId of recentClaims()) {
      const option = document.createElement('option');
      option.value = claimId;
      datalist.appendChild(option);
    }
    if (!claimInput.value && recentClaims().length > 0) claimInput.value = recentClaims()[0];
  }

  // ---- files ---------------------------------------------------------------------------------

  fileInput.addEventListener('change', () => {
    for (const file of fileInput.files) addEntry(file);
    fileInput.value = ''; // the same file can be added again after removing it
  });

  function addEntry(file) {
    const id = state.nextId++;
    const entry = {
      id, file, key: newKey(), keyFor: null, locked: false, documentId: null, polls: 0, timer: null, done: false,
    };
    entry.item = renderEntry(entry);
    state.entries.push(entry);
    fileList.appendChild(entry.item.root);
    if (text.extensionOf(file.name) === 'pdf') detectLock(entry);
  }

  function newKey() {
    if (globalThis.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
  }

  async function detectLock(entry) {
    const file = entry.file;
    const decoder = new TextDecoder('latin1');
    const tail = decoder.decode(await file.slice(Math.max(0, file.size - 16384)).arrayBuffer());
    const head = decoder.decode(await file.slice(0, Math.min(file.size, 4096)).arrayBuffer());
    if (text.looksLockedPdf(head, tail)) showPassword(entry);
  }

  function showPassword(entry) {
    entry.locked = true;
    entry.item.passwordField.hidden = false;
  }

  function renderEntry(entry) {
    const root = document.createElement('li');
    root.className = 'file-entry';
    root.dataset.fileName = entry.file.name;

    const heading = document.createElement('p');
    heading.className = 'file-name';
    heading.id = 'file-' + entry.id + '-name';
    heading.textContent = entry.file.name;
    const size = document.createElement('span');
    size.className = 'file-size';
    size.textContent = ' (' + formatSize(entry.file.size) + ')';
    heading.appendChild(size);

    const passwordField = document.createElement('div');
    passwordField.className = 'field password-field';
    passwordField.hidden = true;
    const passwordLabel = document.createElement('label');
    passwordLabel.htmlFor = 'file-' + entry.id + '-password';
    passwordLabel.textContent = 'PDF password for ' + entry.file.name;
    const passwordHint = document.createElement('p');
    passwordHint.className = 'hint';
    passwordHint.id = 'file-' + entry.id + '-password-hint';
    passwordHint.textContent = "This PDF is locked. We use the password only to unlock it, and we don't keep it.";
    const password = document.createElement('input');
    password.type = 'password';
    password.id = 'file-' + entry.id + '-password';
    password.autocomplete = 'off';
    password.setAttribute('aria-describedby', passwordHint.id);
    passwordField.append(passwordLabel, passwordHint, password);

    const progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.hidden = true;
    progress.setAttribute('aria-label', 'Upload progress for ' + entry.file.name);

    const status = document.createElement('p');
    status.className = 'file-status';
    status.setAttribute('aria-live', 'polite');
    const statusLabel = document.createElement('strong');
    statusLabel.className = 'status-label';
    const statusDetail = document.createElement('span');
    statusDetail.className = 'status-detail';
    status.append(statusLabel, statusDetail);

    const error = document.createElement('p');
    error.className = 'field-error';
    error.id = 'file-' + entry.id + '-error';
    error.hidden = true;

    const remove = document.createElement('button');
    remove.type = 'button';
    remove.id = 'file-' + entry.id + '-remove';
    remove.className = 'link-button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', 'Remove ' + entry.file.name);
    remove.addEventListener('click', () => removeEntry(entry));

    root.append(heading, error, passwordField, progress, status, remove);
    return { root, passwordField, password, progress, status, statusLabel, statusDetail, error, remove };
  }

  function removeEntry(entry) {
    clearTimeout(entry.timer);
    state.entries = state.entries.filter((e) => e !== entry);
    entry.item.root.remove();
    fileInput.focus();
  }

  function formatSize(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + ' KB';
    return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
  }

  // ---- errors --------------------------------------------------------------------------------

  // Each error: { message, target (element to focus from the summary link), fieldError (element) }.
  function showErrors(errors) {
    summaryList.replaceChildren();
    for (const error of errors) {
      const li = document.createElement('li');
      if (error.target) {
        const link = document.createElement('a');
        link.href = '#' + error.target.id;
        link.textContent = error.message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          error.target.focus();
        });
        li.appendChild(link);
      } else {
        li.textContent = error.message;
      }
      summaryList.appendChild(li);
      if (error.fieldError) {
        error.fieldError.textContent = error.message;
        error.fieldError.hidden = false;
      }
    }
    summary.hidden = false;
    summary.focus();
  }

  function clearErrors() {
    summary.hidden = true;
    summaryList.replaceChildren();
    for (const fieldError of document.querySelectorAll('.field-error')) {
      fieldError.hidden = true;
      fieldError.textContent = '';
    }
    for (const invalid of document.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
  }

  function fieldProblem(input, fieldError, code, fileName) {
    input.setAttribute('aria-invalid', 'true');
    return { message: text.errorSentence(code, fileName), target: input, fieldError };
  }

  // What can be told before sending anything.
  function checkForm(claimId, documentType, pending) {
    const problems = [];
    if (!claimId) problems.push(fieldProblem(claimInput, el('claim-id-error'), 'CLAIM_REQUIRED'));
    if (!documentType) problems.push(fieldProblem(typeSelect, el('document-type-error'), 'DOCUMENT_TYPE_REQUIRED'));
    if (state.entries.length === 0) problems.push(fieldProblem(fileInput, el('files-error'), 'NO_FILES'));
    for (const entry of pending) {
      const code = text.checkFile(entry.file, state.options);
      if (code) {
        problems.push({ message: text.errorSentence(code, entry.file.name), target: entry.item.remove, fieldError: entry.item.error });
      } else if (entry.locked && !entry.item.password.value) {
        entry.item.password.setAttribute('aria-invalid', 'true');
        problems.push({
          message: text.errorSentence('PASSWORD_REQUIRED', entry.file.name), target: entry.item.password, fieldError: entry.item.error,
        });
      }
    }
    return problems;
  }

  // ---- upload --------------------------------------------------------------------------------

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (state.busy || form.dataset.ready !== 'true') return;
    clearErrors();
    const claimId = claimInput.value.trim();
    const documentType = typeSelect.value;
    const pending = state.entries.filter((e) => e.documentId === null);
    const problems = checkForm(claimId, documentType, pending);
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }
    state.busy = true;
    submitButton.disabled = true;
    const failures = [];
    // One at a time: on a slow connection, parallel uploads only make each one slower.
    for (const entry of pending) {
      const failure = await uploadOne(entry, claimId, documentType);
      if (failure) failures.push(failure);
    }
    state.busy = false;
    submitButton.disabled = false;
    if (failures.length > 0) {
      showErrors(failures);
    } else {
      rememberClaim(claimId);
    }
    showClaimDocuments(claimId);
  });

  function uploadPath(claimId) {
    const path = '/v0/benefits_claims/' + encodeURIComponent(claimId) + '/benefits_documents';
    // ADR: the provider id is sent only while the multi-provider flag is on for this user.
    return state.multiProvider ? path + '?provider_id=' + text.getProviderIdForClaim(claimId) : path;
  }

  // Sends one file; resolves to null when VA.gov has it, or to an error for the summary.
  function uploadOne(entry, claimId, documentType) {
    const item = entry.item;
    // The same key on a retry of the same request lets the API answer without uploading twice;
    // a different claim or type is a different request and needs its own key.
    const requestFor = claimId + '\n' + documentType;
    if (entry.keyFor !== null && entry.keyFor !== requestFor) entry.key = newKey();
    entry.keyFor = requestFor;

    const body = new FormData();
    body.append('file', entry.file, entry.file.name);
    body.append('document_type', documentType);
    if (entry.locked && item.password.value) body.append('password', item.password.value);

    item.error.hidden = true;
    item.remove.hidden = true;
    item.progress.hidden = false;
    item.progress.value = 0;
    setStatus(entry, { label: 'Uploading', detail: '', tone: 'pending' });

    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', uploadPath(claimId));
      xhr.setRequestHeader('Authorization', 'Bearer ' + state.token);
      xhr.setRequestHeader('Idempotency-Key', entry.key);
      xhr.responseType = 'text';
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) item.progress.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener('load', () => {
        if (xhr.status === 201) {
          item.progress.value = 100;
          item.progress.hidden = true; // the upload is done; the status says what happens next
          const doc = JSON.parse(xhr.responseText);
          entry.documentId = doc.id;
          item.password.disabled = true;
          showDocument(entry, doc);
          schedulePoll(entry);
          resolve(null);
          return;
        }
        if (xhr.status === 401) signedOut();
        resolve(failed(entry, xhr.status === 401 ? 'SIGNED_OUT' : errorCode(xhr)));
      });
      xhr.addEventListener('error', () => resolve(failed(entry, 'NETWORK')));
      xhr.addEventListener('timeout', () => resolve(failed(entry, 'NETWORK')));
      xhr.send(body);
    });
  }

  function errorCode(xhr) {
    try {
      const first = JSON.parse(xhr.responseText).errors[0];
      // ADR: the frontend recognises INVALID_PROVIDER by the detail; the code says the same here.
      if (first.detail === 'INVALID_PROVIDER') return 'INVALID_PROVIDER';
      return first.code in text.errorSentences ? first.code : 'UNKNOWN';
    } catch (_) {
      return xhr.status === 0 ? 'NETWORK' : 'UNKNOWN';
    }
  }

  // Records a refused upload on the file and returns it for the summary. INVALID_PROVIDER is not
  // retried with another provider: the ADR leaves fallback to the backend, and sending a document
  // to a system that does not own the claim would lose it quietly.
  function failed(entry, code) {
    const item = entry.item;
    item.progress.hidden = true;
    item.remove.hidden = false;
    const message = text.errorSentence(code, entry.file.name);
    setStatus(entry, { label: 'Not uploaded', detail: '', tone: 'error' });
    let target = item.remove;
    if (code === 'PDF_ENCRYPTED' || code === 'PDF_INCORRECT_PASSWORD') {
      showPassword(entry);
      item.password.setAttribute('aria-invalid', 'true');
      target = item.password;
    }
    return { message, target, fieldError: item.error };
  }

  // ---- status --------------------------------------------------------------------------------

  function setStatus(entry, described) {
    const item = entry.item;
    item.root.dataset.tone = described.tone;
    item.statusLabel.textContent = described.label;
    item.statusDetail.textContent = described.detail ? ' ' + described.detail : '';
  }

  function showDocument(entry, doc) {
    const described = text.describeStatus(doc);
    entry.item.root.dataset.status = doc.status;
    setStatus(entry, described);
    return described;
  }

  function schedulePoll(entry) {
    const delay = entry.polls < FAST_POLLS ? POLL_FAST_MS : POLL_SLOW_MS;
    entry.timer = setTimeout(() => poll(entry), delay);
  }

  async function poll(entry) {
    entry.polls++;
    try {
      const response = await api('/v0/document_uploads/' + encodeURIComponent(entry.documentId));
      if (response.status === 401) {
        signedOut();
        showErrors([{ message: text.errorSentence('SIGNED_OUT') }]);
        return;
      }
      if (response.ok) {
        const described = showDocument(entry, await response.json());
        if (described.final) {
          entry.done = true;
          return;
        }
      }
    } catch (_) {
      // A dropped connection while watching is not the veteran's problem: try again on the next tick.
    }
    schedulePoll(entry);
  }

  // ---- the claim's documents -----------------------------------------------------------------

  claimInput.addEventListener('change', () => {
    if (form.dataset.ready === 'true' && claimInput.value.trim()) showClaimDocuments(claimInput.value.trim());
  });
  el('claim-documents-more').addEventListener('click', () => loadDocumentsPage());

  // Starts the list again from the newest page (a new claim, or after uploading to it).
  function showClaimDocuments(claimId) {
    documents.claimId = claimId;
    documents.cursor = null;
    el('claim-documents-list').replaceChildren();
    loadDocumentsPage();
  }

  async function loadDocumentsPage() {
    if (documents.loading) return;
    documents.loading = true;
    const claimId = documents.claimId;
    const more = el('claim-documents-more');
    const problem = el('claim-documents-error');
    more.disabled = true;
    let path = '/v0/benefits_claims/' + encodeURIComponent(claimId) + '/benefits_documents?limit=' + DOCUMENTS_PAGE;
    if (documents.cursor) path += '&cursor=' + encodeURIComponent(documents.cursor);
    try {
      const response = await api(path);
      if (documents.claimId !== claimId) return; // the veteran moved on to another claim meanwhile
      if (response.status === 401) signedOut();
      const page = await okJson(response);
      problem.hidden = true;
      const list = el('claim-documents-list');
      const olderPage = list.children.length > 0;
      const items = page.data.map(renderDocument);
      list.append(...items);
      documents.cursor = page.nextCursor;
      more.hidden = !page.nextCursor;
      el('claim-documents-empty').hidden = list.children.length > 0;
      el('claim-documents').hidden = false;
      // After "Show older documents", keyboard and screen reader users continue at the first new one.
      if (olderPage && items.length > 0) items[0].focus();
    } catch (error) {
      if (documents.claimId !== claimId) return;
      problem.textContent = text.errorSentence(error.status === 401 ? 'SIGNED_OUT' : 'NETWORK');
      problem.hidden = false;
      el('claim-documents').hidden = false;
    } finally {
      documents.loading = false;
      more.disabled = false;
    }
  }

  function renderDocument(doc) {
    const item = document.createElement('li');
    item.tabIndex = -1;
    item.dataset.documentId = doc.id;
    const name = document.createElement('strong');
    name.textContent = doc.fileName;
    const described = text.describeStatus(doc);
    const meta = document.createElement('span');
    meta.className = 'document-meta';
    meta.textContent = described.label + ' · sent ' + new Date(doc.createdAt).toLocaleDateString();
    item.append(name, meta);
    return item;
  }

  start();
})();
