// briefbot's page: asks the JSON API and shows what the bots show. Every piece of brief text and
// every question reaches the page as text (textContent, text nodes, attribute values), never as
// markup, so a brief containing <script> or <img onerror> shows those characters and runs nothing.
'use strict';

(() => {
  // Answer.NOT_ADDRESSED in the index: the wording every front end uses when no brief answers.
  const NOT_ADDRESSED = 'The brief does not address this.';
  const TOKEN_KEY = 'briefbot-token';
  const COPY_LABEL = 'Copy citation';

  const $ = (id) => document.getElementById(id);
  let token = sessionStorage.getItem(TOKEN_KEY) || '';
  let pending = null; // what to do again once a token is given
  let asking = null; // the AbortController of the question in flight

  /** An element with properties and children; strings become text nodes, never markup. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function setStatus(text, isError) {
    const status = $('status');
    status.textContent = text || '';
    status.classList.toggle('error', Boolean(isError));
  }

  /** Calls the API; resolves to {status, body}; a 401 asks for the token and rejects. */
  async function api(path, options) {
    const headers = { Accept: 'application/json' };
    if (options && options.body) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = 'Bearer ' + token;
    const response = await fetch(path, Object.assign({ headers, credentials: 'omit' }, options));
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = { error: 'the server answered ' + response.status + ' with no JSON' };
    }
    if (response.status === 401) {
      $('token-form').hidden = false;
      $('token').focus();
      throw new Error(token ? 'That token was not accepted.' : 'This server asks for a token.');
    }
    return { status: response.status, body };
  }

  /** Where a passage can be linked to: /p/ and its id, with # written %23. */
  function permalink(id) {
    return '/p/' + encodeURIComponent(id);
  }

  /** The passage text with its best sentence marked, as text nodes and one <mark>. */
  function passageText(text, sentence) {
    const paragraph = el('p', { class: 'passage-text' });
    const at = sentence ? text.indexOf(sentence) : -1;
    if (at < 0) {
      paragraph.append(text);
    } else {
      paragraph.append(
        text.slice(0, at),
        el('mark', { text: sentence }),
        text.slice(at + sentence.length)
      );
    }
    return paragraph;
  }

  /** A cited passage: where it is (a permalink), its text, its citation and a copy button. */
  function passageCard(passage, tag) {
    const copy = el('button', { type: 'button', class: 'secondary copy', text: COPY_LABEL });
    copy.addEventListener('click', () => copyCitation(copy, passage.reference));
    return el(
      tag,
      { class: tag === 'li' ? 'hit' : 'passage-card', 'data-id': passage.id },
      el(
        'p',
        { class: 'where' },
        el('a', { class: 'permalink', href: permalink(passage.id), text: passage.citation }),
        el('span', { class: 'brief-id', text: passage.id })
      ),
      passageText(passage.text, passage.sentence),
      el('p', { class: 'cite' }, el('span', { class: 'reference', text: passage.reference }), copy)
    );
  }

  async function copyCitation(button, text) {
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch (e) {
      copied = copyBySelection(text);
    }
    button.textContent = copied ? 'Copied' : 'Select the citation to copy it';
    button.classList.toggle('copied', copied);
    if (copied) button.setAttribute('data-copied', text);
    setStatus(copied ? 'Citation copied.' : '');
    setTimeout(() => {
      button.textContent = COPY_LABEL;
      button.classList.remove('copied');
    }, 4000);
  }

  /** For browsers without the asynchronous clipboard (pages not served from a secure origin). */
  function copyBySelection(text) {
    const area = el('textarea', { readonly: '', 'aria-hidden': 'true' });
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    area.remove();
    return copied;
  }

  function showAnswer(result) {
    $('passage').hidden = true;
    $('answer').hidden = false;
    // Which question this answer is for: the newest one asked, as the address shows.
    $('answer').setAttribute('data-question', result.question);
    const hits = result.hits || [];
    const answered = !result.abstained && hits.length > 0;

    $('did-you-mean').hidden = !result.suggestion;
    $('suggestion').textContent = result.suggestion || '';

    const lead = $('lead');
    // An answer for each of several briefs has no one lead sentence: the server's note says that
    // the cards are one per brief instead. Notes are worded once, in the library.
    const eachBriefNote = answered ? result.each_brief_note : null;
    lead.textContent = !answered ? NOT_ADDRESSED : eachBriefNote || hits[0].sentence;
    lead.classList.toggle('not-covered', !answered);

    const note = $('note');
    note.textContent = [result.unknown_terms_note, result.caution_note].filter(Boolean).join(' ');
    note.hidden = note.textContent === '';

    const heading = $('hits-heading');
    heading.textContent = answered ? 'Cited passages' : 'Nearest passages (low confidence)';
    heading.hidden = hits.length === 0;

    const list = $('hits');
    list.replaceChildren(...hits.map((hit) => passageCard(hit, 'li')));
  }

  async function ask(question, brief, limit, remember) {
    if (!question.trim()) return;
    if (asking) asking.abort();
    asking = new AbortController();
    const button = $('ask-button');
    button.disabled = true;
    setStatus('Asking…');
    pending = () => ask(question, brief, limit, false);
    if (remember) {
      const query = new URLSearchParams({ q: question });
      if (brief) query.set('brief', brief);
      if (limit !== '3') query.set('limit', limit);
      history.pushState(null, '', '/?' + query.toString());
    }
    try {
      const body = { question, limit: Number(limit) };
      if (brief) body.brief = brief;
      const reply = await api('/api/ask', {
        method: 'POST',
        body: JSON.stringify(body),
        signal: asking.signal,
      });
      if (reply.status === 200) {
        showAnswer(reply.body);
        setStatus('');
      } else {
        setStatus(reply.body.error || 'The server answered ' + reply.status + '.', true);
      }
    } catch (e) {
      if (e.name !== 'AbortError') setStatus(e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  async function showPassage(id) {
    pending = () => showPassage(id);
    $('answer').hidden = true;
    $('passage').hidden = false;
    setStatus('Loading…');
    try {
      const reply = await api('/api/passages/' + encodeURIComponent(id));
      if (reply.status !== 200) {
        $('passage-heading').textContent = 'Passage not found';
        $('passage-body').replaceChildren();
        setStatus(reply.body.error || 'The server answered ' + reply.status + '.', true);
        return;
      }
      $('passage-heading').textContent = reply.body.citation;
      document.title = reply.body.citation + ' · briefbot';
      $('passage-body').replaceChildren(passageCard(reply.body, 'article'));
      setStatus('');
    } catch (e) {
      setStatus(e.message, true);
    }
  }

  function outlineOf(brief) {
    const byline = [brief.authors.join(', '), brief.date, brief.publisher].filter(Boolean);
    const details = el(
      'details',
      { 'data-brief': brief.id },
      el('summary', { text: brief.title ? brief.label + ': ' + brief.title : brief.label }),
      byline.length ? el('p', { class: 'meta', text: byline.join(' · ') }) : null,
      el('p', { class: 'meta', text: brief.id })
    );
    if (brief.key_issues.length > 0) {
      details.append(
        el('h3', { text: 'Key issues' }),
        el(
          'ol',
          null,
          ...brief.key_issues.map((issue) =>
            el('li', null, el('a', { href: permalink(issue.id), text: issue.text }))
          )
        )
      );
    }
    details.append(
      el('h3', { text: 'Sections' }),
      el(
        'ol',
        null,
        ...brief.sections.map((section) =>
          el(
            'li',
            null,
            section.heading + ' ',
            el(
              'span',
              { class: 'paragraph-links' },
              ...section.paragraphs.map((p) =>
                el('a', {
                  href: permalink(p.id),
                  text: '¶' + p.number,
                  'aria-label': section.heading + ', paragraph ' + p.number,
                })
              )
            )
          )
        )
      )
    );
    return details;
  }

  async function loadBriefs() {
    try {
      const reply = await api('/api/briefs');
      if (reply.status !== 200) {
        setStatus(reply.body.error || 'The server answered ' + reply.status + '.', true);
        return;
      }
      const briefs = reply.body.briefs;
      const select = $('brief');
      const chosen = new URLSearchParams(location.search).get('brief') || select.value;
      select.replaceChildren(
        el('option', { value: '', text: 'All briefs' }),
        ...briefs.map((b) => el('option', { value: b.id, text: b.label }))
      );
      select.value = briefs.some((b) => b.id === chosen) ? chosen : '';
      const outlines = briefs.map(outlineOf);
      if (outlines.length === 1) outlines[0].open = true;
      $('outline-list').replaceChildren(...outlines);
    } catch (e) {
      setStatus(e.message, true);
    }
  }

  /** Shows what the address asks for: a passage, a question, or the empty page. */
  function route() {
    if (location.pathname.startsWith('/p/')) {
      let id;
      try {
        id = decodeURIComponent(location.pathname.slice(3));
      } catch (e) {
        id = location.pathname.slice(3);
      }
      showPassage(id);
      return;
    }
    const query = new URLSearchParams(location.search);
    const question = query.get('q');
    if (question) {
      $('question').value = question;
      if (query.get('limit')) $('limit').value = query.get('limit');
      ask(question, query.get('brief') || '', $('limit').value, false);
    } else {
      $('answer').hidden = true;
      $('passage').hidden = true;
      setStatus('');
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('ask').addEventListener('submit', (event) => {
      event.preventDefault();
      if (location.pathname !== '/') {
        // From a permalink page, a question goes back to the main page.
        location.assign('/?' + new URLSearchParams({ q: $('question').value }).toString());
        return;
      }
      ask($('question').value, $('brief').value, $('limit').value, true);
    });
    $('suggestion').addEventListener('click', () => {
      $('question').value = $('suggestion').textContent;
      ask($('question').value, $('brief').value, $('limit').value, true);
    });
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      token = $('token').value.trim();
      sessionStorage.setItem(TOKEN_KEY, token);
      $('token-form').hidden = true;
      setStatus('');
      loadBriefs();
      if (pending) pending();
    });
    document.addEventListener('keydown', (event) => {
      // "/" jumps to the question, as on many sites, unless typing somewhere already.
      const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName);
      if (event.key === '/' && !typing) {
        event.preventDefault();
        $('question').focus();
      }
    });
    window.addEventListener('popstate', route);
    loadBriefs();
    route();
  });
})();
