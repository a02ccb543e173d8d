// The phone's voting page: enter the code (when typed by hand), pick who
// you are, then rate the question the facilitator has open. Plain script
// for current Safari on iOS and Chrome on Android; no library, nothing from
// elsewhere, text only ever set as text.
(function () {
  'use strict';

  var cfg = JSON.parse(document.body.getAttribute('data-config'));
  var T = cfg.text;
  var app = document.getElementById('app');

  function el(tag, props, children) {
    var e = document.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (k) {
      if (k === 'text') e.textContent = props[k];
      else if (k === 'onclick') e.addEventListener('click', props[k]);
      else if (k === 'onsubmit') e.addEventListener('submit', props[k]);
      else if (k === 'className') e.className = props[k];
      else e.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) {
      if (c) e.appendChild(c);
    });
    return e;
  }

  function fmt(s, vars) {
    return s.replace(/\{(\w+)\}/g, function (_, k) {
      return vars[k] === undefined ? '' : String(vars[k]);
    });
  }

  function show(nodes) {
    while (app.firstChild) app.removeChild(app.firstChild);
    nodes.forEach(function (n) {
      if (n) app.appendChild(n);
    });
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    }).then(function (res) {
      return res
        .json()
        .catch(function () {
          return {};
        })
        .then(function (data) {
          return { status: res.status, data: data };
        });
    });
  }

  // --- typing the code ----------------------------------------------------
  function codeView(message) {
    var input = el('input', {
      id: 'code',
      name: 'code',
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      maxlength: '9',
      pattern: '[0-9 ]*',
      required: 'required',
    });
    var note = el('p', { className: 'note', role: 'status', text: message || '' });
    var form = el('form', { onsubmit: submit, className: 'code' }, [
      el('label', { for: 'code', text: T.codeLabel }),
      input,
      el('button', { type: 'submit', className: 'primary', text: T.codeSubmit }),
      note,
    ]);
    show([el('h1', { text: T.title }), el('p', { text: T.codePrompt }), form]);
    input.focus();

    function submit(ev) {
      ev.preventDefault();
      post('/join', { code: input.value }).then(
        function (r) {
          if (r.status === 200 && r.data.secret) {
            location.replace('/v/' + r.data.secret + '/');
          } else if (r.status === 403) {
            note.textContent = fmt(T.codeWrong, { left: r.data.left });
            input.value = '';
          } else if (r.status === 410) {
            note.textContent = T.codeDead;
          } else {
            note.textContent = T.tooMany;
          }
        },
        function () {
          note.textContent = T.offline;
        },
      );
    }
  }

  // --- who am I -----------------------------------------------------------
  var storeKey = 'kamw-room:' + location.pathname;
  var me = load();

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storeKey) || 'null');
    } catch (e) {
      return null;
    }
  }
  function save() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(me));
    } catch (e) {
      // private mode: the page still works until it is reloaded
    }
  }

  function peopleView(message) {
    view = 'people';
    var note = el('p', { className: 'note', role: 'status', text: message || '' });
    show([el('h1', { text: T.whoAreYou }), note]);
    fetch('api/people', { cache: 'no-store', credentials: 'omit' })
      .then(function (res) {
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      })
      .then(function (data) {
        var list = el('ul', { className: 'people' });
        data.participants.forEach(function (p) {
          list.appendChild(
            el('li', {}, [
              el('button', {
                type: 'button',
                text: p.name,
                onclick: function () {
                  pick({ participant_id: p.id }, note);
                },
              }),
            ]),
          );
        });
        var anon = el('ul', { className: 'people anon' });
        data.sides.forEach(function (side) {
          anon.appendChild(
            el('li', {}, [
              el('button', {
                type: 'button',
                text: T.anonymous + ' – ' + (cfg.sides[side] || side),
                onclick: function () {
                  pick({ side: side }, note);
                },
              }),
            ]),
          );
        });
        show([
          el('h1', { text: T.whoAreYou }),
          data.participants.length ? list : el('p', { text: T.noPeople }),
          el('h2', { text: T.anonymousAs }),
          anon,
          note,
        ]);
      })
      .catch(function () {
        note.textContent = T.offline;
      });
  }

  function pick(choice, note) {
    choice.phone = (me && me.phone) || '';
    post('api/me', choice).then(
      function (r) {
        if (r.status === 200) {
          me = { phone: r.data.phone, name: r.data.name, votes: {} };
          save();
          voteView();
        } else if (r.status === 429) {
          note.textContent = r.data.error === 'full' ? T.full : T.tooMany;
        } else {
          note.textContent = T.failed;
        }
      },
      function () {
        note.textContent = T.offline;
      },
    );
  }

  // --- voting -------------------------------------------------------------
  var room = { seq: -1, question: null, revealed: false };
  var line = el('p', { className: 'note', role: 'status' });
  var live = el('p', { className: 'live', role: 'status' });
  var ended = false;
  var view = ''; // 'people' or 'vote': what the phone shows
  var sending = null; // the vote on its way
  var queued = null; // the newest tap while one is on its way

  function choices() {
    var out = [];
    for (var r = 0; r <= 4; r++) out.push({ key: String(r), rating: r, na: false, label: cfg.ratings[r] });
    out.push({ key: 'na', rating: null, na: true, label: cfg.na });
    return out;
  }

  function voteView() {
    if (ended) return showClosed();
    view = 'vote';
    var q = room.question;
    var who = el('p', { className: 'who' }, [
      el('span', { text: fmt(T.youAre, { name: me.name }) + ' ' }),
      el('button', {
        type: 'button',
        className: 'link',
        text: T.change,
        onclick: function () {
          peopleView();
        },
      }),
    ]);
    if (!q) {
      show([who, live, el('p', { className: 'waiting', text: T.waiting })]);
      return;
    }
    var mine = (me.votes || {})[q.id];
    var group = el('div', { className: 'scale', role: 'group', 'aria-label': T.rateLabel });
    choices().forEach(function (c) {
      var guide = q.guide && q.guide[c.key];
      var b = el(
        'button',
        {
          type: 'button',
          className: 'rate rate-' + c.key + (guide ? '' : ' rate--plain'),
          'aria-pressed': mine === c.key ? 'true' : 'false',
          onclick: function () {
            tap(q.id, c);
          },
        },
        [
          el('span', { className: 'num', text: c.na ? cfg.na : String(c.rating) }),
          c.na ? null : el('span', { className: 'word', text: c.label }),
          guide ? el('span', { className: 'guide', text: guide }) : null,
        ],
      );
      b.setAttribute('aria-label', c.na ? cfg.na : c.rating + ' – ' + c.label);
      group.appendChild(b);
    });
    show([
      who,
      live,
      el('h1', { className: 'question', text: q.text }),
      group,
      line,
      room.revealed ? el('p', { className: 'revealed', text: T.revealed }) : null,
    ]);
  }

  function tap(questionID, c) {
    me.votes = me.votes || {};
    me.votes[questionID] = c.key;
    save();
    var buttons = app.querySelectorAll('.rate');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', buttons[i].classList.contains('rate-' + c.key) ? 'true' : 'false');
    }
    line.textContent = '';
    line.className = 'note';
    var v = { phone: me.phone, question_id: questionID, rating: c.rating, na: c.na };
    if (sending) {
      queued = v;
      return;
    }
    send(v);
  }

  function send(v) {
    sending = post('api/vote', v).then(
      function (r) {
        if (r.status === 200) {
          line.textContent = T.thanks + ' ✓';
          line.className = 'note ok';
        } else if (r.status === 409) {
          line.textContent = T.notOpen;
        } else if (r.status === 403 || r.status === 410) {
          me = null;
          save();
          peopleView(T.gone);
        } else if (r.status === 429) {
          line.textContent = T.tooMany;
        } else {
          line.textContent = T.failed;
          line.className = 'note bad';
        }
      },
      function () {
        line.textContent = T.failed;
        line.className = 'note bad';
      },
    );
    sending.then(function () {
      sending = null;
      if (queued && me) {
        var next = queued;
        queued = null;
        if (room.question && room.question.id === next.question_id) send(next);
      }
    });
  }

  function update(st) {
    if (st.seq === room.seq) return;
    var moved = !room.question || !st.question || room.question.id !== st.question.id;
    room = st;
    if (!me || view !== 'vote') return;
    if (moved) {
      line.textContent = '';
      line.className = 'note';
      queued = null;
      voteView();
    } else if (st.revealed) {
      voteView();
    }
  }

  function showClosed() {
    show([el('h1', { text: T.title }), el('p', { className: 'closed', text: T.closed })]);
  }

  function follow() {
    if (!window.EventSource) return poll();
    var es = new EventSource('api/events');
    es.addEventListener('state', function (ev) {
      live.textContent = '';
      update(JSON.parse(ev.data));
    });
    es.addEventListener('closed', function () {
      ended = true;
      es.close();
      showClosed();
    });
    es.addEventListener('error', function () {
      if (ended) return;
      if (es.readyState === EventSource.CLOSED) {
        // Refused for good (the session ended and the secret with it).
        ended = true;
        showClosed();
      } else {
        live.textContent = T.offline;
      }
    });
  }

  function poll() {
    fetch('api/question', { cache: 'no-store', credentials: 'omit' })
      .then(function (res) {
        if (res.status === 403) {
          ended = true;
          showClosed();
          return null;
        }
        return res.json();
      })
      .then(
        function (st) {
          live.textContent = '';
          if (st) update(st);
        },
        function () {
          live.textContent = T.offline;
        },
      )
      .then(function () {
        if (!ended) setTimeout(poll, 2000);
      });
  }

  if (cfg.mode === 'code') {
    codeView();
  } else {
    if (me && me.phone) voteView();
    else peopleView();
    follow();
  }
})();
