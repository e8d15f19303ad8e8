import { h } from './dom';
import { liveStatus } from './elements';
import { state, words } from './state';

// Everything around the report in the page's language: title, header, labels, footer, the live status.

export function renderChrome(): void {
  const w = words();
  document.documentElement.lang = state.lang;
  document.title = state.report ? w.documentTitle(state.report.province.name, state.report.year) : w.siteTitle;
  (document.getElementById('site-title') as HTMLElement).textContent = w.siteTitle;
  (document.querySelector('.skip-link') as HTMLElement).textContent = w.skip;
  (document.getElementById('province-label') as HTMLElement).textContent = w.province;
  (document.getElementById('year-label') as HTMLElement).textContent = w.year;
  (document.getElementById('pickers') as HTMLElement).setAttribute('aria-label', w.pickers);
  const switcher = document.querySelector('.lang-switch') as HTMLElement;
  switcher.setAttribute('aria-label', w.language);
  for (const button of switcher.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  const footer = document.getElementById('footer-text') as HTMLElement;
  footer.replaceChildren(`${w.footer} `, h('a', { href: '/graphql' }, '/graphql'), ` (${w.graphiql}).`);
  renderLive();
}

export function renderLive(): void {
  liveStatus.dataset.state = state.live;
  (liveStatus.querySelector('.live-text') as HTMLElement).textContent = words().live[state.live];
}
