'use strict';
// The front page: label counts, the claims that need attention, the latest stories, and the live verdicts, which
// refresh the rest as they arrive.
header();
const feed = document.getElementById('feed');
const status = document.getElementById('status');
const shown = new Map(); // claimId -> highest revision shown: the stream delivers at least once
const ATTENTION = ['CONTRADICTED', 'DISPUTED'];
const EDITORIAL = 'EDITORIAL';

function counts(title, byLabel) {
  const entries = Object.entries(byLabel || {});
  return el('p', { class: 'counts' }, el('strong', {}, title + ': '),
    entries.length ? entries.map(([label, count]) => el('span', {}, labelBadge(label), count)) : 'no claims');
}

async function loadStats() {
  const stats = await getJson('/stats');
  document.getElementById('stats').replaceChildren(counts('Last 24 hours', stats.last24Hours),
    counts('Last 7 days', stats.last7Days));
}

const filter = document.getElementById('attention-filter');
filter.addEventListener('submit', event => {
  event.preventDefault();
  loadAttention().catch(error => showError(document.getElementById('attention'), error));
});

/**
 * The claims the filter asks for: a label, or claims an editor overrode (for a second look), or by default both the
 * labels that need attention and the overridden claims; with the outlet and topic given.
 */
function attentionQueries() {
  const form = new FormData(filter);
  const chosen = form.get('label');
  const selections = chosen === EDITORIAL ? [{ editorial: 'true' }]
    : chosen ? [{ label: chosen }] : [...ATTENTION.map(label => ({ label })), { editorial: 'true' }];
  return selections.map(selection => {
    const query = new URLSearchParams({ sort: 'date', size: '20', ...selection });
    for (const name of ['outlet', 'topic']) {
      if (String(form.get(name) || '').trim()) query.set(name, String(form.get(name)).trim());
    }
    return '/claims?' + query;
  });
}

async function loadAttention() {
  const pages = await Promise.all(attentionQueries().map(getJson));
  // A claim both disputed and overridden comes back twice: once is enough.
  const claims = [...new Map(pages.flatMap(page => page.claims).map(claim => [claim.claimId, claim])).values()]
    .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt))).slice(0, 20);
  const list = document.getElementById('attention');
  list.replaceChildren(...claims.map(claim => el('li', { 'data-claim': claim.claimId }, labelBadge(claim.label),
    claim.editorial ? el('span', { class: 'muted' }, 'set by an editor · ') : '',
    el('a', { href: reportHref(claim.articleId, claim.claimId) }, claim.text),
    el('div', { class: 'muted' }, claim.outlet || '', ' · ', day(claim.publishedAt)))));
  if (!claims.length) {
    list.replaceChildren(el('li', { class: 'muted' }, 'Nothing contradicted, disputed or overridden.'));
  }
}

async function loadGaps() {
  const page = await getJson('/stories?gap=true&size=10');
  document.getElementById('gaps').replaceChildren(...page.stories.map(story => el('li', { 'data-story': story.storyId },
    el('span', { class: 'label DISPUTED' }, 'Coverage gap'),
    el('a', { href: '/story.html?id=' + encodeURIComponent(story.storyId) }, story.title),
    el('div', { class: 'muted' }, story.coverage.gap, ' · ', day(story.updatedAt)))));
}

async function loadStories() {
  const page = await getJson('/stories?size=10');
  const list = document.getElementById('stories');
  list.replaceChildren(...page.stories.map(story => el('li', { 'data-story': story.storyId },
    el('a', { href: '/story.html?id=' + encodeURIComponent(story.storyId) }, story.title),
    el('div', { class: 'muted' }, `${new Set((story.articles || []).map(article => article.outlet)).size} outlets · `,
      day(story.updatedAt)),
    spectrum(story.coverage))));
  if (!page.stories.length) list.replaceChildren(el('li', { class: 'muted' }, 'No stories yet.'));
}

function refresh() {
  for (const [load, id] of [[loadStats, 'stats'], [loadAttention, 'attention'], [loadGaps, 'gaps'],
    [loadStories, 'stories']]) {
    load().catch(error => showError(document.getElementById(id), error));
  }
}

let pending = null;
/**
 * Verdicts come in bursts: read the lists again once a burst has settled, and once more a few seconds later, since
 * the stream can announce a verdict before its label is searchable (the index refreshes every second or so).
 */
function refreshSoon() {
  clearTimeout(pending);
  pending = setTimeout(() => {
    refresh();
    pending = setTimeout(refresh, 3000);
  }, 1000);
}

function show(verdict) {
  if ((shown.get(verdict.claimId) || 0) >= verdict.revision) return;
  shown.set(verdict.claimId, verdict.revision);
  const item = el('li', { 'data-claim': verdict.claimId },
    labelBadge(verdict.label),
    verdict.editorial ? el('span', { class: 'muted' }, 'editorial · ') : '',
    el('a', { href: reportHref(verdict.articleId, verdict.claimId) },
      verdict.claimText),
    el('div', { class: 'muted' }, `revision ${verdict.revision}`,
      verdict.previousLabel ? ` (was ${LABEL_NAMES[verdict.previousLabel] || verdict.previousLabel})` : '',
      ' · ', verdict.explanation));
  feed.prepend(item);
  while (feed.children.length > 200) feed.lastChild.remove();
}

refresh();
const stream = new EventSource('/verdicts/stream?recent=20');
stream.addEventListener('open', () => { status.textContent = 'Connected: new verdicts appear here as they are decided.'; });
stream.addEventListener('error', () => { status.textContent = 'Disconnected, reconnecting…'; });
stream.addEventListener('verdict', event => {
  show(JSON.parse(event.data));
  refreshSoon();
});
