import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sides, type Workshop } from '../../api/workshops';
import { Button } from '../../components/Button';
import { WorkshopDetailsDialog } from './WorkshopDetailsDialog';
import { bySide } from './participants';
import { useSideLabel } from './sideLabel';
import './workshop-details.css';

interface Props {
  workshop: Workshop;
  onSaved: (w: Workshop) => void;
}

/**
 * WorkshopDetailsButton opens the workshop's details from its header and
 * says how many people are in the room.
 */
export function WorkshopDetailsButton({ workshop, onSaved }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const sideLabel = useSideLabel();
  const n = bySide(workshop.participants);
  const bySides = sides.map((s) =>
    t('workshopDetails.sideCount', { side: sideLabel(s), count: String(n[s]) }),
  );
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        icon="users"
        className="workshop-details-button"
        title={bySides.join(' · ')}
        onClick={() => setOpen(true)}
      >
        {/* Named by what it shows, and more: "Details des Workshops: …, 8". */}
        {t('workshopDetails.open')}
        <span className="visually-hidden">{t('workshopDetails.openMore')}</span>
        <span className="workshop-details-button__count">{workshop.participants.length}</span>
      </Button>
      {open ? (
        <WorkshopDetailsDialog
          workshop={workshop}
          onSaved={onSaved}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
