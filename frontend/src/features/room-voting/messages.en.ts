import type { Messages } from '../../i18n/messages';

/** English texts of room voting (namespace roomVoting). */
export const roomVotingEn: Messages['roomVoting'] = {
  title: 'Room voting',
  start: 'Room voting',
  startHint: 'Participants vote with their phones – no app, no internet.',
  stop: 'End voting',
  on: 'Room voting is on',
  heading: 'Vote with your phone',
  scan: 'Scan the QR code',
  qrAlt: 'QR code with the voting address',
  orType: 'or type into a browser',
  address: 'Address',
  code: 'Code',
  codeDead: 'Code locked – please scan the QR code',
  phones_one: '{{count}} phone connected',
  phones_other: '{{count}} phones connected',
  voted_one: '{{count}} has voted',
  voted_other: '{{count}} have voted',
  noQuestion: 'No question open',
  network: 'Network',
  networkOption: '{{addr}} ({{name}})',
  revealed: 'Result shown',
  failed: 'Room voting: {{reason}}',
  kinds: {
    no_network: "No local network. Connect the laptop to the room's Wi-Fi or open a hotspot.",
    network: 'This network is not (or no longer) on the laptop. Please choose another.',
    listen: 'The system does not allow voting (port blocked). Please check the firewall.',
  },
};
