'use strict';
// Claim search by words and filters, and the stories whose articles' titles hold the words; the query is kept in the
// address, so a search can be shared.
header();
const form = document.getElementById('search');
const results = document.getElementById('results');
const summary = document.getElementById('summary');
const more = document.getElementById('more');
const stories = document.getElementById('stories');
let page = 0;

for (const [name, value] of new URLSearchParams(window.location.search)) {
  if (form.elements[name]) form.elements[name].value = value;
}

async function search(nextPage) {
  page = nextPage;
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
  history.replaceState(null, '', '?' + query);
  query.set('page', page);
  try {
    const found = await getJson('/claims?' + query);
    if (page === 0) {
      results.replaceChildren();
      showStories(query.get('q'));
    }
    for (const claim of found.claims) {
      results.append(el('li', {},
        claim.label ? labelBadge(claim.label) : labelBadge('PENDING'),
        el('a', { href: reportHref(claim.articleId, claim.claimId) }, claim.text),
        el('div', { class: 'muted' }, claim.outlet || '', ' · ', day(claim.publishedAt),
          (claim.topics || []).length ? ' · ' + claim.topics.join(', ') : '')));
    }
    summary.textContent = `${found.total} claims found`;
    more.hidden = (page + 1) * found.size >= found.total;
  } catch (error) {
    showError(results, error);
    summary.textContent = '';
  }
}

/** The stories whose titles hold the words, above the claims: an editor often remembers a headline. */
async function showStories(words) {
  stories.replaceChildren();
  if (!words) return;
  try {
    const found = await getJson('/stories?size=5&q=' + encodeURIComponent(words));
    stories.replaceChildren(...found.stories.map(story => el('li', { 'data-story': story.storyId },
      el('span', { class: 'label' }, 'Story'),
      el('a', { href: '/story.html?id=' + encodeURIComponent(story.storyId) }, story.title),
      el('div', { class: 'muted' }, story.articles.slice(0, 3)
        .map(article => `${article.outlet}: ${article.title}`).join(' · ')))));
  } catch (error) {
    showError(stories, error);
  }
}

form.addEventListener('submit', event => { event.preventDefault(); search(0); });
more.addEventListener('click', () => search(page + 1));
if (window.location.search) search(0);
