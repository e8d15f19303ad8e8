import { GraphQLRequestError } from './api';
import { renderChrome } from './chrome';
import { h } from './dom';
import { reportArea } from './elements';
import { provinceName, state, words } from './state';

// What the report area shows when there is no report to show: loading, an error, no report.

export function setBusy(busy: boolean): void {
  reportArea.setAttribute('aria-busy', String(busy));
  if (busy && !state.report) reportArea.replaceChildren(h('h1', null, words().siteTitle), h('p', { class: 'loading' }, words().loading));
}

export function showError(error: unknown, retry: () => void): void {
  const w = words();
  const notFound = error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';
  reportArea.removeAttribute('data-version');
  reportArea.replaceChildren(
    h('h1', null, w.siteTitle),
    h('div', { class: 'notice error', role: 'alert' },
      h('p', null, notFound ? w.notFound : w.failed),
      notFound ? null : h('button', { type: 'button', class: 'button', onclick: retry }, w.retry)),
  );
  reportArea.setAttribute('aria-busy', 'false');
}

export function renderEmpty(message: string): void {
  reportArea.removeAttribute('data-version');
  reportArea.replaceChildren(h('h1', null, provinceName(state.provinceCode)), h('p', { class: 'notice' }, message));
  reportArea.setAttribute('aria-busy', 'false');
  renderChrome();
}
