import { useTranslation } from 'react-i18next';
import type { Side } from '../../api/workshops';

/** useSideLabel words a participant's side in the window's language. */
export function useSideLabel(): (s: Side) => string {
  const { t } = useTranslation();
  return (s) => t(`glossary.side.${s}`);
}
