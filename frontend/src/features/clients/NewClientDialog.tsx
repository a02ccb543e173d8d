import { emptyClient, saveClient, type Client } from '../../api/clients';
import { NewItemDialog } from '../../components/NewItemDialog';

interface Props {
  onClose: () => void;
  onCreated: (c: Client) => void;
}

/** NewClientDialog asks for the one thing a client needs, its name, and where it works if known. */
export function NewClientDialog({ onClose, onCreated }: Props) {
  return (
    <NewItemDialog
      ns="clients"
      saveKey="client:create"
      fields={['industry', 'location']}
      create={(name, { industry, location }) =>
        saveClient({ ...emptyClient(name), industry, location })
      }
      onClose={onClose}
      onCreated={onCreated}
    />
  );
}
