import { useState } from 'react';
import { saveCompetitor, type Competitor } from '../../api/intelligence';
import { NewItemDialog } from '../../components/NewItemDialog';
import { emptyCompetitor } from './model';
import { ThreatPicker } from './Threat';

interface Props {
  clientID: string;
  onClose: () => void;
  onCreated: (c: Competitor) => void;
}

/** NewCompetitorDialog asks for a competitor's name, where they sit and how dangerous they are. */
export function NewCompetitorDialog({ clientID, onClose, onCreated }: Props) {
  const [threat, setThreat] = useState(3);
  return (
    <NewItemDialog
      ns="competitors"
      saveKey="competitor:create"
      fields={['location']}
      create={(name, { location }) =>
        saveCompetitor({ ...emptyCompetitor(clientID, name, threat), location })
      }
      onClose={onClose}
      onCreated={onCreated}
    >
      <ThreatPicker value={threat} onChange={setThreat} />
    </NewItemDialog>
  );
}
