// Shared by the dashboard pages. Every piece of article text goes into the page as a text node, never as HTML.
'use strict';

/** An element with attributes and children (strings become text nodes). */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A link to an outside address, only for http(s) addresses; anything else is shown as text. */
function outsideLink(url, text) {
  return /^https?:\/\//i.test(url || '') ? el('a', { href: url, rel: 'noopener noreferrer' }, text || url)
    : document.createTextNode(text || '');
}

function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

function day(instant) {
  return instant ? String(instant).substring(0, 10) : '';
}

const LABEL_NAMES = {
  VERIFIED_BY_REFERENCE: 'Verified by reference', CORROBORATED: 'Corroborated', SINGLE_SOURCE: 'Single source',
  CONTRADICTED: 'Contradicted', DISPUTED: 'Disputed', INSUFFICIENT_EVIDENCE: 'Insufficient evidence', PENDING: 'Pending',
  NOT_CHECKED: 'Not checked',
};

/** The address of an article's report, at one of its claims when claimId is given. */
function reportHref(articleId, claimId) {
  return '/report.html?id=' + encodeURIComponent(articleId) + (claimId ? '#claim-' + encodeURIComponent(claimId) : '');
}

function labelBadge(label) {
  return el('span', { class: 'label ' + label }, LABEL_NAMES[label] || label);
}

/** GET a JSON resource; a problem+json answer becomes an Error with its detail. */
async function getJson(path) {
  const answer = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) throw Object.assign(new Error(body.detail || answer.status + ' ' + answer.statusText),
    { status: answer.status });
  return body;
}

/** An error in place of what could not be read; where reading needs sign-in, the form to sign in. */
function showError(container, error) {
  container.replaceChildren(error.status === 401
    ? el('div', {}, el('p', {}, 'This deployment shows its results to signed-in readers only.'),
      signInForm(() => window.location.reload()))
    : el('p', { class: 'error', role: 'alert' }, error.message));
}

/** Who is signed in ({name, roles}), or null. */
async function signedIn() {
  const answer = await fetch('/editors/me', { headers: { Accept: 'application/json' } });
  return answer.ok ? answer.json() : null;
}

/** A form that signs in with name and password, then calls onSignedIn. */
function signInForm(onSignedIn) {
  const name = el('input', { name: 'j_username', autocomplete: 'username', required: '' });
  const password = el('input', { name: 'j_password', type: 'password', autocomplete: 'current-password',
    required: '' });
  const message = el('span', { class: 'error', role: 'alert' });
  const form = el('form', { class: 'sign-in', 'data-testid': 'sign-in' }, el('label', {}, 'Name ', name),
    el('label', {}, 'Password ', password), el('button', { type: 'submit' }, 'Sign in'), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const answer = await fetch('/j_security_check', { method: 'POST',
      body: new URLSearchParams({ j_username: name.value, j_password: password.value }) });
    if (answer.ok) onSignedIn();
    else message.textContent = answer.status === 401 ? 'Wrong name or password.' : `Sign-in failed (${answer.status}).`;
  });
  return form;
}

/**
 * The Left / Center / Right bar of a story's coverage, with the rated sources it rests on, its gap label ("too early to
 * tell" while too few sources show it), the sources compared and who rated the outlets.
 */
function spectrum(coverage) {
  if (!coverage) return el('p', { class: 'muted' }, 'No coverage spectrum yet.');
  const bar = el('div', { class: 'spectrum', role: 'img',
    'aria-label': `Left ${coverage.left}%, Center ${coverage.center}%, Right ${coverage.right}%` });
  for (const side of ['left', 'center', 'right']) {
    if (coverage[side] > 0) {
      // Set through the style property: the Content-Security-Policy forbids style attributes.
      const share = el('div', { class: side }, `${coverage[side]}%`);
      share.style.width = `${coverage[side]}%`;
      bar.append(share);
    }
  }
  return el('div', { class: 'coverage' }, bar,
    el('p', { 'data-testid': 'coverage-summary' },
      `Left ${coverage.left}% · Center ${coverage.center}% · Right ${coverage.right}%`,
      Number.isInteger(coverage.ratedSources) ? ` of ${coverage.ratedSources} rated` : '',
      coverage.unrated ? ` · ${coverage.unrated} unrated` : '',
      ` · ${coverage.sourcesCompared} sources compared`,
      coverage.gap ? el('strong', {}, ` · coverage gap: ${coverage.gap}`)
        : coverage.tooEarlyToTell ? ' · coverage gap: too early to tell' : '',
      coverage.ratingsSource ? ` · ratings: ${coverage.ratingsSource}` : ''));
}

function header() {
  document.body.prepend(el('header', {}, el('h1', {}, 'Factstream'),
    el('a', { href: '/' }, 'Front page'), el('a', { href: '/search.html' }, 'Search')));
}
