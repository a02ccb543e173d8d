import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/assessment';
import { ratings } from '../../api/domain.gen';
import type { Rating } from './keyboard';

export { ratings };

/**
 * looks are the scale's two appearances: on the question card, where each
 * button names its key, and large on the projector.
 */
const looks = {
  card: {
    group: 'rating',
    button: (r: Rating | 'na') => `rating__btn rating__btn--${r}`,
    num: 'rating__num',
    label: 'rating__label',
    keys: true,
  },
  projector: {
    group: 'projector__scale',
    button: (r: Rating | 'na') =>
      r === 'na' ? 'projector__rate projector__rate--na' : 'projector__rate',
    num: 'projector__num',
    label: 'projector__label',
    keys: false,
  },
} as const;

interface Props {
  look: keyof typeof looks;
  answer: Pick<Answer, 'rating' | 'na'>;
  onRate: (r: Rating) => void;
  onNA: () => void;
}

/**
 * RatingScale is the maturity rating of a question: a group of toggle buttons
 * 0–4 and "not applicable", the chosen one pressed.
 */
export function RatingScale({ look, answer, onRate, onNA }: Props) {
  const { t } = useTranslation();
  const c = looks[look];
  const options = [
    ...ratings.map((r) => ({
      id: r,
      num: String(r),
      label: t(`glossary.rating.${r}`),
      pressed: !answer.na && answer.rating === r,
      key: String(r),
      choose: () => onRate(r),
    })),
    {
      id: 'na' as const,
      num: t('glossary.na_short'),
      label: t('glossary.rating.na'),
      pressed: answer.na,
      key: 'N',
      choose: onNA,
    },
  ];
  return (
    <div className={c.group} role="group" aria-label={t('assessment.rating')}>
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          className={c.button(o.id)}
          aria-pressed={o.pressed}
          aria-keyshortcuts={c.keys ? o.key : undefined}
          data-shortcuts="pass"
          onClick={o.choose}
        >
          {/* Named by what it shows: the number, a dash, the meaning. The
              short form for a question that does not apply only repeats its label. */}
          <span className={c.num} aria-hidden={o.id === 'na' ? true : undefined}>
            {o.num}
          </span>
          {o.id === 'na' ? null : <span className="visually-hidden"> – </span>}
          <span className={c.label}>{o.label}</span>
        </button>
      ))}
    </div>
  );
}
