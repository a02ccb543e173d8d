import { classifyTarget, commandFor, type KeyPress, type KeyTarget } from './keyboard';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ...mods });

describe('commandFor on the page', () => {
  const cases: [KeyPress, ReturnType<typeof commandFor>][] = [
    [press('0'), { kind: 'rate', rating: 0 }],
    [press('3'), { kind: 'rate', rating: 3 }],
    [press('4'), { kind: 'rate', rating: 4 }],
    [press('5'), null],
    [press('n'), { kind: 'na' }],
    [press('N', { shiftKey: true }), { kind: 'na' }],
    [press('Enter'), { kind: 'next' }],
    [press('Enter', { shiftKey: true }), { kind: 'prev' }],
    [press('ArrowRight'), { kind: 'next' }],
    [press('ArrowDown'), { kind: 'next' }],
    [press('ArrowLeft'), { kind: 'prev' }],
    [press('ArrowUp'), { kind: 'prev' }],
    [press('PageDown'), { kind: 'nextArea' }],
    [press('PageUp'), { kind: 'prevArea' }],
    [press('e'), { kind: 'notes' }],
    [press('Enter', { ctrlKey: true }), { kind: 'notes' }],
    [press('f'), { kind: 'followUp' }],
    [press('p'), { kind: 'projector' }],
    [press('?', { shiftKey: true }), { kind: 'help' }],
    [press('a'), { kind: 'action' }],
    [press('Escape'), { kind: 'escape' }],
    [press('Delete'), { kind: 'clear' }],
    [press('Backspace'), { kind: 'clear' }],
    [press('o'), { kind: 'overview' }],
    [press('x'), null],
    // The browser's and the system's shortcuts stay theirs.
    [press('p', { ctrlKey: true }), null],
    [press('1', { altKey: true }), null],
    [press('f', { metaKey: true }), null],
    [press('2', { isComposing: true }), null],
  ];
  for (const [e, want] of cases) {
    const mods = Object.keys(e)
      .filter((k) => k !== 'key')
      .join('+');
    it(`${mods ? `${mods} ` : ''}${e.key} → ${want ? want.kind : 'nothing'}`, () => {
      expect(commandFor(e, 'none')).toEqual(want);
      expect(commandFor(e, 'pass')).toEqual(want);
    });
  }
});

describe('commandFor while typing', () => {
  it('never fires in a text field, not even digits, n or Enter', () => {
    for (const key of [
      '0',
      '3',
      'n',
      'e',
      'f',
      'p',
      '?',
      'o',
      'Enter',
      'ArrowRight',
      'Escape',
      'a',
      'Backspace',
      'Delete',
    ]) {
      expect(commandFor(press(key), 'text')).toBeNull();
    }
    expect(commandFor(press('Enter', { ctrlKey: true }), 'text')).toBeNull();
  });
  it('leaves the notes with Escape or Ctrl+Enter and otherwise lets the text be typed', () => {
    expect(commandFor(press('Escape'), 'notes')).toEqual({ kind: 'leaveNotes' });
    expect(commandFor(press('Enter', { ctrlKey: true }), 'notes')).toEqual({ kind: 'leaveNotes' });
    expect(commandFor(press('Enter', { metaKey: true }), 'notes')).toEqual({ kind: 'leaveNotes' });
    for (const key of ['0', '4', 'n', 'e', 'f', 'p', '?', 'Enter', 'ArrowLeft', 'a', 'Backspace']) {
      expect(commandFor(press(key), 'notes')).toBeNull();
    }
  });
  it('does nothing in a dialog', () => {
    for (const key of ['1', 'n', 'Enter', 'Escape', 'p', '?']) {
      expect(commandFor(press(key), 'dialog')).toBeNull();
    }
  });
});

describe('commandFor on controls', () => {
  it('lets buttons have Enter and Space, but not the digits', () => {
    expect(commandFor(press('Enter'), 'button')).toBeNull();
    expect(commandFor(press(' '), 'button')).toBeNull();
    expect(commandFor(press('2'), 'button')).toEqual({ kind: 'rate', rating: 2 });
    expect(commandFor(press('ArrowRight'), 'button')).toEqual({ kind: 'next' });
  });
  it('lets a tab keep its arrows, Home, End and Space, but Enter moves on (the tab is selected already)', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', ' ', 'Home', 'End']) {
      expect(commandFor(press(key), 'tab')).toBeNull();
    }
    expect(commandFor(press('Enter'), 'tab')).toEqual({ kind: 'next' });
    expect(commandFor(press('Enter', { shiftKey: true }), 'tab')).toEqual({ kind: 'prev' });
    expect(commandFor(press('3'), 'tab')).toEqual({ kind: 'rate', rating: 3 });
    expect(commandFor(press('e'), 'tab')).toEqual({ kind: 'notes' });
  });
  it('lets widgets such as checkboxes keep their arrows, Enter and Space', () => {
    for (const key of [
      'ArrowLeft',
      'ArrowRight',
      'ArrowUp',
      'ArrowDown',
      'Enter',
      ' ',
      'Home',
      'End',
    ]) {
      expect(commandFor(press(key), 'widget')).toBeNull();
    }
    expect(commandFor(press('1'), 'widget')).toEqual({ kind: 'rate', rating: 1 });
  });
  it('moves on with Enter from a rating button instead of pressing it again', () => {
    expect(commandFor(press('Enter'), 'pass')).toEqual({ kind: 'next' });
  });
});

describe('classifyTarget', () => {
  afterEach(() => document.body.replaceChildren());

  function el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs: Record<string, string> = {},
    parent: HTMLElement = document.body,
  ) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    parent.append(e);
    return e;
  }

  const cases: [string, () => EventTarget | null, KeyTarget][] = [
    ['nothing', () => null, 'none'],
    ['the body', () => document.body, 'none'],
    ['a textarea', () => el('textarea'), 'text'],
    ['the notes', () => el('textarea', { 'data-shortcuts': 'notes' }), 'notes'],
    ['a text input', () => el('input', { type: 'text' }), 'text'],
    ['a date input', () => el('input', { type: 'date' }), 'text'],
    ['a select', () => el('select'), 'text'],
    ['a checkbox', () => el('input', { type: 'checkbox' }), 'widget'],
    ['a tab', () => el('button', { role: 'tab' }), 'tab'],
    ['a radio', () => el('input', { type: 'radio' }), 'widget'],
    ['a button', () => el('button'), 'button'],
    ['an icon inside a button', () => el('span', {}, el('button')), 'button'],
    ['a link', () => el('a', { href: '#x' }), 'button'],
    ['a rating button', () => el('button', { 'data-shortcuts': 'pass' }), 'pass'],
    ['a button in a dialog', () => el('button', {}, el('div', { role: 'dialog' })), 'dialog'],
    [
      'a field in a dialog',
      () => el('input', { type: 'text' }, el('div', { role: 'dialog' })),
      'dialog',
    ],
  ];
  for (const [name, make, want] of cases) {
    it(`${name} → ${want}`, () => {
      expect(classifyTarget(make())).toBe(want);
    });
  }
  it('treats contenteditable as a text field', () => {
    const d = el('div');
    d.contentEditable = 'true';
    // jsdom lacks isContentEditable; a real browser has it.
    Object.defineProperty(d, 'isContentEditable', { value: true });
    expect(classifyTarget(d)).toBe('text');
  });
});
