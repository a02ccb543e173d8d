/** Line icons drawn here, so the app ships no icon font and loads nothing. */
const paths = {
  plus: ['M12 5v14', 'M5 12h14'],
  trash: ['M3.5 6.5h17', 'M9 6.5V4.5h6v2', 'M6 6.5l1 13.5h10l1-13.5', 'M10 10.5v6', 'M14 10.5v6'],
  pencil: ['M4 20h4L19 9l-4-4L4 16v4z', 'M13.5 6.5l4 4'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  alert: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 7.5v5.5', 'M12 16.5v.01'],
  info: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 11v5.5', 'M12 7.5v.01'],
  spinner: ['M12 3a9 9 0 1 0 9 9'],
  cloud: ['M7 18.5h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.2 10 4.25 4.25 0 0 0 7 18.5z'],
  chevronRight: ['M9.5 6l6 6-6 6'],
  chevronLeft: ['M14.5 6l-6 6 6 6'],
  flag: ['M5 21V4', 'M5 4.5h11.5l-2.5 4 2.5 4H5'],
  lock: [
    'M6 10.5h12a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8.5a1 1 0 0 1 1-1z',
    'M8 10.5V7a4 4 0 0 1 8 0v3.5',
  ],
  lockOpen: [
    'M6 10.5h12a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8.5a1 1 0 0 1 1-1z',
    'M8 10.5V7a4 4 0 0 1 7.75-1.4',
  ],
  presentation: [
    'M3 4.5h18',
    'M4.5 4.5v10a1 1 0 0 0 1 1h13a1 1 0 0 0 1-1v-10',
    'M12 15.5v3',
    'M8.5 21l3.5-2.5 3.5 2.5',
  ],
  keyboard: [
    'M4 6.5h16a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 1-1.5 1.5H4A1.5 1.5 0 0 1 2.5 16V8A1.5 1.5 0 0 1 4 6.5z',
    'M6.5 10h.01',
    'M10 10h.01',
    'M13.5 10h.01',
    'M17 10h.01',
    'M6.5 13.5h.01',
    'M17 13.5h.01',
    'M9.5 13.5h5',
  ],
  chevronDown: ['M6 9.5l6 6 6-6'],
  sidebar: [
    'M4.5 4.5h15a1.5 1.5 0 0 1 1.5 1.5v12a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18V6a1.5 1.5 0 0 1 1.5-1.5z',
    'M9 4.5v15',
  ],
  building: [
    'M4.5 21V5a2 2 0 0 1 2-2h7a2 2 0 0 1 2 2v16',
    'M15.5 9h2a2 2 0 0 1 2 2v10',
    'M3 21h18',
    'M8.5 7.5h3',
    'M8.5 11.5h3',
    'M8.5 15.5h3',
  ],
  calendar: [
    'M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z',
    'M3 10h18',
    'M8 3v4',
    'M16 3v4',
  ],
  phone: [
    'M8 2.5h8a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5H8A1.5 1.5 0 0 1 6.5 20V4A1.5 1.5 0 0 1 8 2.5z',
    'M11 18.5h2',
  ],
  users: [
    'M9 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
    'M2.5 20a6.5 6.5 0 0 1 13 0',
    'M16 4.6a3.5 3.5 0 0 1 0 6.8',
    'M18.5 14.5a6.5 6.5 0 0 1 3 5.5',
  ],
  clipboard: [
    'M7 4.5H6a2 2 0 0 0-2 2V19a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V6.5a2 2 0 0 0-2-2h-1',
    'M9 3h6v3H9z',
    'M8.5 13l2.5 2.5 4.5-4.5',
  ],
  shield: ['M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', 'M9 12l2 2 4-4'],
  target: [
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z',
    'M12 7.5a4.5 4.5 0 1 0 0 9a4.5 4.5 0 1 0 0-9z',
    'M12 11.5v1',
  ],
  listCheck: [
    'M4 6.5l1.5 1.5L8 5.5',
    'M11 7h9',
    'M4 12.5l1.5 1.5L8 11.5',
    'M11 13h9',
    'M4 18.5l1.5 1.5L8 17.5',
    'M11 19h9',
  ],
  chart: ['M3.5 20.5h17', 'M6.5 17v-5', 'M11 17V7', 'M15.5 17v-8', 'M20 17V4.5'],
  x: ['M6 6l12 12', 'M18 6L6 18'],
  mapPin: [
    'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z',
    'M12 7a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
  ],
  briefcase: [
    'M5 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2z',
    'M8.5 7V5.5a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2V7',
    'M3 13h18',
  ],
  globe: [
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z',
    'M3 12h18',
    'M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z',
  ],
  database: [
    'M12 3c4.4 0 8 1.3 8 3s-3.6 3-8 3-8-1.3-8-3 3.6-3 8-3z',
    'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6',
    'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  ],
  undo: ['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['M15 14l5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
  sitemap: [
    'M9.5 3.5h5v4h-5z',
    'M3 16.5h5v4H3z',
    'M9.5 16.5h5v4h-5z',
    'M16 16.5h5v4h-5z',
    'M12 7.5v9',
    'M5.5 16.5V12h13v4.5',
  ],
  expand: ['M4 9V4h5', 'M20 9V4h-5', 'M4 15v5h5', 'M20 15v5h-5'],
  upload: [
    'M12 15V4',
    'M7.5 8.5L12 4l4.5 4.5',
    'M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15',
  ],
  download: [
    'M12 4v11',
    'M7.5 10.5L12 15l4.5-4.5',
    'M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15',
  ],
  folder: ['M3.5 7V18.5h17V8.5h-8.5l-2-2.5h-6.5z'],
  external: ['M13.5 4.5h6v6', 'M19.5 4.5L11 13', 'M17 14v5.5H4.5V7H10'],
  grip: ['M9 6h.01', 'M15 6h.01', 'M9 12h.01', 'M15 12h.01', 'M9 18h.01', 'M15 18h.01'],
  arrowUp: ['M12 19V5', 'M6.5 10.5L12 5l5.5 5.5'],
  arrowDown: ['M12 5v14', 'M6.5 13.5L12 19l5.5-5.5'],
} as const;

export type IconName = keyof typeof paths;

interface Props {
  name: IconName;
  size?: number;
  className?: string;
}

export function Icon({ name, size = 20, className }: Props) {
  return (
    <svg
      className={`icon icon--${name}${className ? ` ${className}` : ''}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
