import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface Props {
  icon: IconName;
  title: string;
  children?: ReactNode;
  /** action is usually the button that fills the emptiness. */
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

/** EmptyState explains an empty screen and offers the way forward. */
export function EmptyState({ icon, title, children, action, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <div className="empty-state__icon">
        <Icon name={icon} size={28} />
      </div>
      <Heading className="empty-state__title">{title}</Heading>
      {children ? <div className="empty-state__text">{children}</div> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
