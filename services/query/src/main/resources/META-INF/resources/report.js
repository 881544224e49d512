'use strict';
// An article's report: its sections, coverage spectrum and claims with verdicts and evidence; read again when a
// verdict on one of its claims arrives.
header();
const main = document.getElementById('report');
const articleId = param('id');

function section(title, content) {
  return content && (!Array.isArray(content) || content.length)
    ? el('section', {}, el('h2', {}, title), Array.isArray(content) ? el('ul', {}, content.map(q => el('li', {}, q)))
      : el('p', {}, content))
    : null;
}

/** Across outlets, each sentence links to the claim in its outlet's report; else the article's own sentences. */
function whatHappened(sections) {
  const sources = sections.whatHappenedSources || [];
  if (!sources.length) return section('What happened', sections.whatHappened);
  return el('section', { 'data-testid': 'what-happened' }, el('h2', {}, 'What happened'),
    el('ul', {}, sources.map(sentence => el('li', {},
      el('a', { href: reportHref(sentence.articleId, sentence.claimId) }, sentence.outlet), ': ', sentence.text))));
}

const EVIDENCE_KINDS = { REFERENCE: 'reference corpus · ', FACT_CHECK: 'fact-check · ', CROSS_REFERENCE: 'cross reference · ' };

/** "Already fact-checked": each fact-checker's rating of the same claim, with its review. */
function factChecked(evidence) {
  const reviews = (evidence || []).filter(item => item.kind === 'FACT_CHECK' && item.factCheck);
  if (!reviews.length) return '';
  return el('p', { class: 'fact-checked', 'data-testid': 'fact-checked' }, 'Already fact-checked: ',
    reviews.flatMap((item, i) => [i ? '; ' : '', outsideLink(item.url, item.outlet),
      ` rated “${item.snippet}” ${item.factCheck.published}`, item.publishedAt ? ` (${day(item.publishedAt)})` : '']));
}

function claimItem(claim) {
  const verdict = claim.verdict;
  return el('li', { id: 'claim-' + claim.id, 'data-testid': 'claim' },
    labelBadge(verdict.label), verdict.editorial ? el('span', { class: 'muted' }, 'editorial · ') : '',
    el('q', {}, claim.text),
    el('div', { class: 'muted' }, verdict.explanation,
      verdict.revision ? ` (revision ${verdict.revision})` : ''),
    factChecked(claim.evidence),
    el('ul', { class: 'evidence' }, (claim.evidence || []).map(item => el('li', {},
      el('span', { class: 'stance ' + item.stance }, item.stance),
      el('span', { class: 'muted' }, EVIDENCE_KINDS[item.kind] || '',
        item.reason ? item.reason + (item.basis === 'MODEL' ? ', not confirmed' : '') + ' · ' : ''),
      outsideLink(item.url, item.outlet || item.url), ': ', item.snippet))),
    el('a', { class: 'muted', href: '/claims/' + encodeURIComponent(claim.id) + '/claimreview' }, 'ClaimReview'),
    verdict.revision ? overridePanel(claim) : '');
}

function render(report) {
  document.title = 'Factstream: ' + report.title;
  const counts = Object.entries(report.counts || {});
  const notChecked = (report.counts || {}).NOT_CHECKED || 0;
  main.replaceChildren(...[
    el('h2', { 'data-testid': 'title' }, report.title),
    el('p', { class: 'muted' }, outsideLink(report.url, report.outlet || report.url), ' · ', day(report.publishedAt),
      report.storyId ? [' · ', el('a', { href: '/story.html?id=' + encodeURIComponent(report.storyId) }, 'story')] : ''),
    el('h2', {}, 'Coverage spectrum'), spectrum(report.coverage),
    el('p', { class: 'muted', 'data-testid': 'claims-line' }, `language ${report.language} · `,
      `claims checked ${report.claims.length - notChecked}`,
      notChecked ? ` · claims not checked ${notChecked} (language ${report.language} is not supported yet)` : '',
      ' · techniques found ',
      `${(report.techniques || []).length} · topics ${(report.mediaTopics || []).length}`,
      (report.mediaTopics || []).length
        ? ` (${report.mediaTopics.map(topic => `${topic.name} ${topic.code}`).join(', ')})` : ''),
    whatHappened(report.sections),
    section('Why it matters', report.sections.whyItMatters),
    section('Common ground', report.sections.commonGround),
    section('Perspective signals', report.sections.perspectiveSignals),
    section('Follow-up questions', report.sections.followUpQuestions),
    el('h2', {}, 'Verdicts'),
    el('p', { class: 'counts', 'data-testid': 'counts' },
      counts.map(([label, count]) => el('span', {}, labelBadge(label), count))),
    el('ul', { class: 'plain' }, report.claims.map(claimItem))].filter(Boolean));
  if (window.location.hash) document.getElementById(window.location.hash.substring(1))?.scrollIntoView();
}

async function load() {
  try {
    render(await getJson('/articles/' + encodeURIComponent(articleId) + '/report'));
  } catch (error) {
    showError(main, error);
    // Not known yet: a live verdict can be seen before its article is indexed, so look again shortly.
    if (error.status === 404) setTimeout(load, 2000);
  }
}

if (!articleId) {
  showError(main, new Error('No article id: open a report as /report.html?id=ARTICLE_ID'));
} else {
  load();
  // A new revision of one of this article's claims: read the report again (it is indexed by then or soon).
  new EventSource('/verdicts/stream').addEventListener('verdict', event => {
    if (JSON.parse(event.data).articleId === articleId) setTimeout(load, 500);
  });
}
