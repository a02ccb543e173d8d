/**
 * The workshop's keyboard: a pure mapping from a key press to a command, so
 * it can be tested without a screen. The screen listens on the window and
 * runs the command; keys never fire while the consultant types in a field.
 */
import type { ratings } from '../../api/domain.gen';

export type Rating = (typeof ratings)[number];

export type Command =
  | { kind: 'rate'; rating: Rating }
  | { kind: 'na' }
  | { kind: 'clear' }
  | { kind: 'overview' }
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'nextArea' }
  | { kind: 'prevArea' }
  | { kind: 'notes' }
  | { kind: 'leaveNotes' }
  | { kind: 'followUp' }
  | { kind: 'projector' }
  | { kind: 'help' }
  | { kind: 'action' }
  | { kind: 'round' }
  | { kind: 'confirm' }
  | { kind: 'reveal' }
  | { kind: 'grid' }
  | { kind: 'escape' };

/**
 * Where the key was pressed: `notes` is the notes field of the question
 * (Escape and Ctrl+Enter leave it), `text` any other field one types in,
 * `widget` a control that owns arrows, Enter and Space (a checkbox, a radio),
 * `tab` a tab of a tab list (it owns the arrows, Home and End; Enter would do
 * nothing there, the tab being selected already, so Enter moves on), `button`
 * a button or link (Enter and Space press it), `dialog` anything in an open
 * dialog, `pass` a control of the question that lets every shortcut through
 * (the rating buttons), `none` the page itself.
 */
export type KeyTarget = 'notes' | 'text' | 'widget' | 'tab' | 'button' | 'dialog' | 'pass' | 'none';

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
}

const textInputTypes = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** classifyTarget says what kind of element a key press came from. */
export function classifyTarget(el: EventTarget | null): KeyTarget {
  if (!(el instanceof Element)) return 'none';
  // The projector view is a dialog too, but one that is rated from the
  // keyboard: its keys count as the question's.
  if (el.closest('[role="dialog"]:not(.projector), [role="alertdialog"]')) return 'dialog';
  if (el instanceof HTMLElement && el.dataset.shortcuts === 'notes') return 'notes';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return 'text';
  if (el instanceof HTMLInputElement) {
    return textInputTypes.has(el.type) ? 'text' : 'widget';
  }
  if (el instanceof HTMLElement && el.isContentEditable) return 'text';
  if (el instanceof HTMLElement && el.dataset.shortcuts === 'pass') return 'pass';
  const role = el.getAttribute('role');
  if (role === 'tab') return 'tab';
  if (
    role &&
    [
      'menuitem',
      'option',
      'radio',
      'slider',
      'switch',
      'checkbox',
      'combobox',
      'spinbutton',
    ].includes(role)
  ) {
    return 'widget';
  }
  if (el.closest('button, a[href], summary')) return 'button';
  return 'none';
}

const widgetKeys = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Enter',
  ' ',
  'Home',
  'End',
]);

/** commandFor maps a key press on a target to the workshop command, or null to leave it alone. */
export function commandFor(e: KeyPress, target: KeyTarget): Command | null {
  if (e.isComposing) return null;
  const ctrl = !!(e.ctrlKey || e.metaKey);
  if (target === 'dialog') return null;
  if (target === 'notes') {
    if (e.key === 'Escape' || (ctrl && e.key === 'Enter')) return { kind: 'leaveNotes' };
    return null;
  }
  if (target === 'text') return null;
  if (ctrl && e.key === 'Enter') return { kind: 'notes' };
  // Leave the browser's and the system's own shortcuts alone.
  if (ctrl || e.altKey) return null;
  if (target === 'widget' && widgetKeys.has(e.key)) return null;
  if (target === 'tab' && e.key !== 'Enter' && widgetKeys.has(e.key)) return null;
  if (target === 'button' && (e.key === 'Enter' || e.key === ' ')) return null;

  switch (e.key) {
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
      return { kind: 'rate', rating: Number(e.key) as Rating };
    case 'n':
    case 'N':
      return { kind: 'na' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'o':
    case 'O':
      return { kind: 'overview' };
    case 'Enter':
      return e.shiftKey ? { kind: 'prev' } : { kind: 'next' };
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'prev' };
    case 'PageDown':
      return { kind: 'nextArea' };
    case 'PageUp':
      return { kind: 'prevArea' };
    case 'e':
    case 'E':
      return { kind: 'notes' };
    case 'f':
    case 'F':
      return { kind: 'followUp' };
    case 'p':
    case 'P':
      return { kind: 'projector' };
    case 'a':
    case 'A':
      return { kind: 'action' };
    case 'r':
    case 'R':
      return { kind: 'round' };
    case 'c':
    case 'C':
      return { kind: 'confirm' };
    case 'v':
    case 'V':
      return { kind: 'reveal' };
    case 'g':
    case 'G':
      return { kind: 'grid' };
    case '?':
      return { kind: 'help' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return null;
  }
}

/** Key names the help overlay spells out through i18n (assessment.keyNames.*). */
export const namedKeys = [
  'Enter',
  'ShiftEnter',
  'CtrlEnter',
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'ArrowUp',
  'PageDown',
  'PageUp',
  'Escape',
  'Delete',
] as const;
export type NamedKey = (typeof namedKeys)[number];

/** The keys of the room's votes; their descriptions live in roomVotes.keys.*. */
export const voteShortcuts = ['round', 'confirm', 'reveal', 'grid'] as const;
export type VoteShortcutID = (typeof voteShortcuts)[number];

/** isVoteShortcut says whether a key of the help is one of the room's votes. */
export function isVoteShortcut(id: string): id is VoteShortcutID {
  return (voteShortcuts as readonly string[]).includes(id);
}

export type ShortcutID =
  | 'rate'
  | 'na'
  | 'clear'
  | 'next'
  | 'prev'
  | 'area'
  | 'notes'
  | 'leaveNotes'
  | 'followUp'
  | 'action'
  | VoteShortcutID
  | 'overview'
  | 'projector'
  | 'help';

/**
 * The keys as the help overlay lists them; the descriptions live in i18n
 * (assessment.keys.*, the room's votes in roomVotes.keys.*).
 */
export const shortcutList: readonly { id: ShortcutID; keys: readonly string[] }[] = [
  { id: 'rate', keys: ['0', '1', '2', '3', '4'] },
  { id: 'na', keys: ['N'] },
  { id: 'clear', keys: ['Delete'] },
  { id: 'next', keys: ['Enter', 'ArrowRight', 'ArrowDown'] },
  { id: 'prev', keys: ['ShiftEnter', 'ArrowLeft', 'ArrowUp'] },
  { id: 'area', keys: ['PageDown', 'PageUp'] },
  { id: 'notes', keys: ['E', 'CtrlEnter'] },
  { id: 'leaveNotes', keys: ['Escape', 'CtrlEnter'] },
  { id: 'followUp', keys: ['F'] },
  { id: 'action', keys: ['A'] },
  { id: 'round', keys: ['R'] },
  { id: 'confirm', keys: ['C'] },
  { id: 'reveal', keys: ['V'] },
  { id: 'grid', keys: ['G'] },
  { id: 'overview', keys: ['O'] },
  { id: 'projector', keys: ['P'] },
  { id: 'help', keys: ['?'] },
];
