import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { Workshop } from '../../api/workshops';

/** Details are the fields of a workshop besides its title and participants. */
export type Details = Pick<Workshop, 'date' | 'location' | 'facilitator'>;

interface Props {
  value: Details;
  onChange: (d: Details) => void;
  onBlur?: () => void;
  /** error is the message at a field, if any. */
  error: (field: keyof Details) => string | null;
}

/** DetailsFields edits a workshop's date, place and facilitator on one row. */
export function DetailsFields({ value, onChange, onBlur, error }: Props) {
  const { t } = useTranslation();
  const field = (f: keyof Details) => (e: { target: { value: string } }) =>
    onChange({ ...value, [f]: e.target.value });
  return (
    <div className="details-fields">
      <TextField
        label={t('workshopDetails.date')}
        type="date"
        value={value.date}
        error={error('date')}
        onChange={field('date')}
        onBlur={onBlur}
      />
      <TextField
        label={t('workshopDetails.location')}
        placeholder={t('workshopDetails.locationPlaceholder')}
        value={value.location}
        autoComplete="off"
        error={error('location')}
        onChange={field('location')}
        onBlur={onBlur}
      />
      <TextField
        label={t('workshopDetails.facilitator')}
        placeholder={t('workshopDetails.facilitatorPlaceholder')}
        value={value.facilitator}
        autoComplete="off"
        error={error('facilitator')}
        onChange={field('facilitator')}
        onBlur={onBlur}
      />
    </div>
  );
}
