'use strict';
// A story: what happened across outlets, its coverage spectrum, its articles by outlet, its claims with their
// verdicts and the timeline of its articles and label changes. It is read again when a verdict on one of its claims
// arrives.
header();
const main = document.getElementById('story');
const storyId = param('id') || '';
const LEANINGS = { LEFT: 'Left', LEAN_LEFT: 'Lean Left', CENTER: 'Center', LEAN_RIGHT: 'Lean Right', RIGHT: 'Right',
  UNRATED: 'Unrated' };
/** The order claims are listed in: what an editor must look at first. */
const LABEL_ORDER = ['CONTRADICTED', 'DISPUTED', 'CORROBORATED', 'VERIFIED_BY_REFERENCE', 'SINGLE_SOURCE',
  'INSUFFICIENT_EVIDENCE', 'NOT_CHECKED', 'PENDING'];
let articleIds = new Set();

function whatHappened(summary) {
  return summary.length ? el('section', { 'data-testid': 'what-happened' }, el('h2', {}, 'What happened'),
    el('ul', {}, summary.map(sentence => el('li', {},
      el('a', { href: reportHref(sentence.articleId, sentence.claimId) }, sentence.outlet), ': ', sentence.text))))
    : '';
}

function articlesByOutlet(articles) {
  const byOutlet = new Map();
  for (const article of articles) {
    if (!byOutlet.has(article.outlet)) byOutlet.set(article.outlet, []);
    byOutlet.get(article.outlet).push(article);
  }
  return [el('h2', {}, `${articles.length} articles from ${byOutlet.size} outlets`),
    el('ul', { class: 'plain' }, [...byOutlet].map(([outlet, ofOutlet]) => el('li', {},
      el('strong', {}, outlet || 'unknown outlet'), ' ',
      el('span', { class: 'muted' }, LEANINGS[ofOutlet[0].bias] || ofOutlet[0].bias || 'Unrated'),
      el('ul', {}, ofOutlet.map(article => el('li', {},
        el('a', { href: reportHref(article.articleId) }, article.title),
        el('span', { class: 'muted' }, ' · ', day(article.publishedAt))))))))];
}

function claims(page) {
  const rank = claim => LABEL_ORDER.indexOf(claim.label || 'PENDING');
  const sorted = [...page.claims].sort((a, b) => rank(a) - rank(b) || b.checkworthiness - a.checkworthiness);
  const counts = new Map();
  for (const claim of sorted) counts.set(claim.label || 'PENDING', (counts.get(claim.label || 'PENDING') || 0) + 1);
  return el('section', { 'data-testid': 'story-claims' }, el('h2', {}, `Claims (${page.total})`),
    el('p', { class: 'counts' }, [...counts].map(([label, count]) => el('span', {}, labelBadge(label), count))),
    el('ul', { class: 'plain' }, sorted.map(claim => el('li', { 'data-claim': claim.claimId },
      labelBadge(claim.label || 'PENDING'), el('a', { href: reportHref(claim.articleId, claim.claimId) }, claim.text),
      el('div', { class: 'muted' }, claim.outlet || '')))),
    page.total > page.claims.length
      ? el('p', { class: 'muted' }, `The first ${page.claims.length} are shown; `,
        el('a', { href: '/search.html?story=' + encodeURIComponent(storyId) }, 'search them all'), '.') : '');
}

function timelineEntry(entry) {
  const when = String(entry.at || '').substring(0, 16).replace('T', ' ');
  if (entry.kind === 'ARTICLE_PUBLISHED') {
    return el('li', {}, el('span', { class: 'muted' }, when, ' · '), el('strong', {}, entry.outlet), ' published ',
      el('a', { href: reportHref(entry.articleId) }, entry.title));
  }
  return el('li', { 'data-claim': entry.claimId }, el('span', { class: 'muted' }, when, ' · '),
    labelBadge(entry.label),
    el('span', { class: 'muted' },
      entry.previousLabel ? `was ${LABEL_NAMES[entry.previousLabel]} · ` : 'first verdict · ',
      entry.editorial ? `set by editor ${entry.editor || 'unknown'} · ` : '', entry.outlet, ': '),
    el('a', { href: reportHref(entry.articleId, entry.claimId) }, entry.claimText));
}

function timeline(entries) {
  return el('section', { 'data-testid': 'timeline' }, el('h2', {}, 'Timeline'),
    el('p', { class: 'muted' }, 'Articles as they were published, and each claim whose label changed to or from a ',
      'judgement, newest first.'),
    el('ul', { class: 'plain' }, entries.map(timelineEntry)));
}

async function load() {
  try {
    const story = await getJson('/stories/' + encodeURIComponent(storyId));
    const [claimPage, storyTimeline] = await Promise.all([
      getJson('/claims?sort=date&size=100&story=' + encodeURIComponent(story.storyId)),
      getJson('/stories/' + encodeURIComponent(story.storyId) + '/timeline')]);
    document.title = 'Factstream: ' + story.title;
    articleIds = new Set(story.articles.map(article => article.articleId));
    main.replaceChildren(el('h2', {}, story.title), spectrum(story.coverage), whatHappened(story.summary || []),
      ...articlesByOutlet(story.articles), claims(claimPage), timeline(storyTimeline.entries));
  } catch (error) {
    showError(main, error);
  }
}

load();
let pending = null;
new EventSource('/verdicts/stream').addEventListener('verdict', event => {
  if (!articleIds.has(JSON.parse(event.data).articleId)) return;
  // Once a burst has settled: the label reaches the claims index shortly after the stream announces it.
  clearTimeout(pending);
  pending = setTimeout(load, 1500);
});
