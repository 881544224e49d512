'use strict';
// An editor's override of a claim's verdict, on the article report: sign in, set a label with a reason, or withdraw
// the override; and the claim's editorial history (who, when, the label before and after, why).
const OVERRIDE_LABELS = ['CORROBORATED', 'VERIFIED_BY_REFERENCE', 'SINGLE_SOURCE', 'DISPUTED', 'CONTRADICTED',
  'INSUFFICIENT_EVIDENCE'];
let editorAnswer = null;

/** Who is signed in, asked once per page unless a sign-in or sign-out changed it. */
function currentEditor(askAgain) {
  if (askAgain || !editorAnswer) editorAnswer = signedIn();
  return editorAnswer;
}

/** A closed panel under the claim; opening it draws the form for whoever is signed in. */
function overridePanel(claim) {
  const body = el('div', {});
  const panel = el('details', { class: 'override', 'data-testid': 'override' },
    el('summary', {}, 'Editors: override this verdict'), body);
  panel.addEventListener('toggle', () => { if (panel.open) drawOverride(body, claim); });
  return panel;
}

function editorialHistory(decisions) {
  return el('ul', { class: 'muted', 'data-testid': 'override-history' }, decisions.map(decision => el('li', {},
    `${String(decision.requestedAt).substring(0, 16).replace('T', ' ')} · ${decision.editor}: `,
    decision.label ? `${LABEL_NAMES[decision.labelBefore] || 'label not recorded'} → ${LABEL_NAMES[decision.label]}`
      : 'withdrew the override', ' · ', decision.note)));
}

async function drawOverride(body, claim) {
  const [editor, decisions] = await Promise.all([currentEditor(),
    getJson('/claims/' + encodeURIComponent(claim.id) + '/override')]);
  const redraw = askAgain => { currentEditor(askAgain); drawOverride(body, claim); };
  if (!editor) {
    body.replaceChildren(editorialHistory(decisions), el('p', {}, 'Sign in as an editor to override.'),
      signInForm(() => redraw(true)));
    return;
  }
  const signOut = el('button', { type: 'button' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    await fetch('/editors/sign-out', { method: 'POST' });
    redraw(true);
  });
  const who = el('p', { class: 'muted' }, `Signed in as ${editor.name} · `, signOut);
  if (!editor.roles.includes('editor')) {
    body.replaceChildren(editorialHistory(decisions), who, el('p', {}, 'This account may read, not override.'));
    return;
  }
  body.replaceChildren(editorialHistory(decisions), who, overrideForm(claim));
}

function overrideForm(claim) {
  const label = el('select', { name: 'label' }, OVERRIDE_LABELS.map(value => el('option', { value },
    LABEL_NAMES[value])));
  const note = el('textarea', { name: 'note', required: '', maxlength: '2000', rows: '2',
    placeholder: 'Why: readers see this reason with the label' });
  const withdraw = claim.verdict.editorial ? el('button', { type: 'button', name: 'withdraw' }, 'Withdraw override')
    : '';
  const message = el('p', { role: 'status', 'data-testid': 'override-status' });
  const form = el('form', { class: 'search' }, el('label', {}, 'Label ', label), el('label', {}, 'Reason ', note),
    el('button', { type: 'submit' }, 'Set label'), withdraw);
  async function send(method, body) {
    const answer = await fetch('/claims/' + encodeURIComponent(claim.id) + '/override', { method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
    const problem = answer.ok ? {} : await answer.json().catch(() => ({}));
    message.textContent = answer.ok
      ? 'Accepted: the report shows it as soon as the verdict service has published the new revision.'
      : problem.detail || `Refused (${answer.status}).`;
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    send('PUT', { label: label.value, note: note.value });
  });
  if (withdraw) {
    withdraw.addEventListener('click', () => {
      if (form.reportValidity()) send('DELETE', { note: note.value });
    });
  }
  return el('div', {}, form, message);
}
